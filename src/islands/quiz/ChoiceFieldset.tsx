import { useId } from 'react';
import styles from './StageQuiz.module.css';

export interface Choice {
  id: string;
  label: string;
  /** Words shown beside the label in smaller type (the guide's own band). */
  note?: string | undefined;
}

interface Props {
  /** The radio group's `name`, unique on the page. */
  name: string;
  legend: string;
  /** Shown after the legend, e.g. "optional". */
  legendNote?: string | undefined;
  /** What the question counts, shown under the legend and given to the group as its description. */
  description?: string | undefined;
  choices: readonly Choice[];
  /** The chosen id, if any. */
  value: string | undefined;
  disabled: boolean;
  onChoose: (id: string) => void;
}

/** One question: a fieldset with its legend and a native radio per answer, inside its label. */
export function ChoiceFieldset({
  name,
  legend,
  legendNote,
  description,
  choices,
  value,
  disabled,
  onChoose,
}: Props) {
  const descriptionId = useId();
  return (
    <fieldset
      className={styles.question}
      aria-describedby={description ? descriptionId : undefined}
    >
      <legend>
        {legend}
        {legendNote && <span className={styles.legendNote}> ({legendNote})</span>}
      </legend>
      {description && (
        <p id={descriptionId} className={styles.questionNote}>
          {description}
        </p>
      )}
      {choices.map((choice) => (
        <label key={choice.id} className={styles.choice}>
          <input
            type="radio"
            name={name}
            value={choice.id}
            checked={value === choice.id}
            disabled={disabled}
            onChange={() => onChoose(choice.id)}
          />
          <span>
            {choice.label}
            {choice.note && <span className={styles.choiceNote}> ({choice.note})</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
