import { type Ref, useId } from 'react';
import type { MatrixAction } from '../../lib/matrix/state.ts';
import { matrixStrings as s } from '../../lib/matrix/strings.ts';
import type { CellLevel, MatrixProps } from '../../lib/matrix/model.ts';
import { MAX_QUERY_LENGTH } from '../../lib/matrix/url.ts';
import type { MatrixView } from '../../lib/matrix/view.ts';
import { ChoiceGroup, type ChoiceGroupClasses } from '../shared/ChoiceGroup.tsx';
import controls from './controls.module.css';
import styles from './MatrixFilters.module.css';

/** A group of checkboxes in the matrix's look. */
const groupClasses: ChoiceGroupClasses = {
  fieldset: controls.fieldset,
  choices: controls.choices,
  choice: controls.choice,
};

interface Props {
  data: MatrixProps;
  view: MatrixView;
  /** False until the island has read the URL; the controls wait for it. */
  ready: boolean;
  dispatch: (action: MatrixAction) => void;
  queryRef: Ref<HTMLInputElement>;
}

/** The filter controls: native inputs in labels and fieldsets, each dispatching one action. */
export function MatrixFilters({ data, view, ready, dispatch, queryRef }: Props) {
  const id = useId();
  const disabled = !ready;
  return (
    <form
      role="search"
      aria-label={s.filtersLabel}
      className={styles.filters}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className={controls.field}>
        <label htmlFor={`${id}-q`}>{s.queryLabel}</label>
        <input
          ref={queryRef}
          id={`${id}-q`}
          type="search"
          value={view.query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby={`${id}-q-hint`}
          disabled={disabled}
          onChange={(event) =>
            dispatch({ type: 'query-changed', query: event.currentTarget.value })
          }
        />
        <p id={`${id}-q-hint`} className={controls.hint}>
          {s.queryHint}
        </p>
      </div>

      <fieldset className={controls.fieldset}>
        <legend>{s.levelLegend}</legend>
        <div className={controls.choices}>
          <label className={controls.field}>
            {s.levelStageLabel}
            <select
              value={view.at ?? ''}
              disabled={disabled}
              onChange={(event) =>
                dispatch({ type: 'level-stage-changed', at: event.currentTarget.value || null })
              }
            >
              <option value="">{s.anyShownStage}</option>
              {data.stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.shortName}
                </option>
              ))}
            </select>
          </label>
          <label className={controls.field}>
            {s.levelLabel}
            <select
              value={view.level ?? ''}
              aria-describedby={`${id}-level-hint`}
              disabled={disabled}
              onChange={(event) =>
                dispatch({
                  type: 'level-changed',
                  level: (event.currentTarget.value || null) as CellLevel | null,
                })
              }
            >
              <option value="">{s.anyLevel}</option>
              {data.levels.map((level) => (
                <option key={level.id} value={level.id}>
                  {level.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p id={`${id}-level-hint`} className={controls.hint}>
          {s.levelHint}
        </p>
      </fieldset>

      <ChoiceGroup
        type="checkbox"
        classNames={groupClasses}
        legend={s.stagesLegend}
        choices={data.stages.map((stage) => ({ id: stage.id, label: stage.shortName }))}
        value={view.stages}
        disabled={disabled}
        onToggle={(stage, shown) => dispatch({ type: 'stage-toggled', stage, shown })}
      />

      <ChoiceGroup
        type="checkbox"
        classNames={groupClasses}
        legend={s.tablesLegend}
        choices={data.tables.map((table) => ({ id: table.id, label: table.title }))}
        value={view.tables}
        disabled={disabled}
        onToggle={(table, shown) => dispatch({ type: 'table-toggled', table, shown })}
      />

      <div className={styles.changesOnly}>
        <label className={controls.choice}>
          <input
            type="checkbox"
            checked={view.changesOnly}
            aria-describedby={`${id}-changes-hint`}
            disabled={disabled}
            onChange={(event) =>
              dispatch({ type: 'changes-only-toggled', on: event.currentTarget.checked })
            }
          />
          {s.changesOnlyLabel}
        </label>
        <p id={`${id}-changes-hint`} className={controls.hint}>
          {s.changesOnlyHint}
        </p>
      </div>
    </form>
  );
}
