import { useId } from 'react';

export interface Choice {
  id: string;
  label: string;
  /** Words shown beside the label in smaller type (the guide's own band). */
  note?: string | undefined;
}

/** The widget's classes for each part; the markup is the same in every widget. */
export interface ChoiceGroupClasses {
  fieldset?: string | undefined;
  legendNote?: string | undefined;
  description?: string | undefined;
  choices?: string | undefined;
  choice?: string | undefined;
  note?: string | undefined;
  footnote?: string | undefined;
}

interface Common {
  legend: string;
  /** Shown after the legend, e.g. "optional". */
  legendNote?: string | undefined;
  /** Shown under the legend and given to the group as its description. */
  description?: string | undefined;
  /** Shown under the choices and given to the group as its description. */
  footnote?: string | undefined;
  choices: readonly Choice[];
  disabled: boolean;
  classNames: ChoiceGroupClasses;
}

/** One of several: native radios sharing a `name`. */
interface RadioGroup extends Common {
  type: 'radio';
  /** The radio group's `name`, unique on the page. */
  name: string;
  /** The chosen id, if any. */
  value: string | undefined;
  onChoose: (id: string) => void;
}

/** Any of several: native checkboxes. */
interface CheckboxGroup extends Common {
  type: 'checkbox';
  /** The checked ids. */
  value: readonly string[];
  onToggle: (id: string, checked: boolean) => void;
}

export type ChoiceGroupProps = RadioGroup | CheckboxGroup;

/**
 * A fieldset with its legend and a native radio or checkbox per choice, each inside its label:
 * the quiz's questions, the decision tools' stage, the matrix's stages and tables. Arrow keys,
 * focus and the checked state are the browser's.
 */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const { legend, legendNote, description, footnote, choices, disabled, classNames } = props;
  const descriptionId = useId();
  const footnoteId = useId();
  const describedBy = [description && descriptionId, footnote && footnoteId]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className={classNames.fieldset} aria-describedby={describedBy || undefined}>
      <legend>
        {legend}
        {legendNote && <span className={classNames.legendNote}> ({legendNote})</span>}
      </legend>
      {description && (
        <p id={descriptionId} className={classNames.description}>
          {description}
        </p>
      )}
      <div className={classNames.choices}>
        {choices.map((choice) => (
          <label key={choice.id} className={classNames.choice}>
            {props.type === 'radio' ? (
              <input
                type="radio"
                name={props.name}
                value={choice.id}
                checked={props.value === choice.id}
                disabled={disabled}
                onChange={() => props.onChoose(choice.id)}
              />
            ) : (
              <input
                type="checkbox"
                value={choice.id}
                checked={props.value.includes(choice.id)}
                disabled={disabled}
                onChange={(event) => props.onToggle(choice.id, event.currentTarget.checked)}
              />
            )}
            <span>
              {choice.label}
              {choice.note && <span className={classNames.note}> ({choice.note})</span>}
            </span>
          </label>
        ))}
      </div>
      {footnote && (
        <p id={footnoteId} className={classNames.footnote}>
          {footnote}
        </p>
      )}
    </fieldset>
  );
}
