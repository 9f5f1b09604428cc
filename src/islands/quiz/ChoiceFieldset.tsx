import { useId } from 'react';
import { RadioChoices, type RadioChoice } from '../shared/RadioChoices.tsx';
import styles from './StageQuiz.module.css';

interface Props {
  /** The radio group's `name`, unique on the page. */
  name: string;
  legend: string;
  /** Shown after the legend, e.g. "optional". */
  legendNote?: string | undefined;
  /** What the question counts, shown under the legend and given to the group as its description. */
  description?: string | undefined;
  choices: readonly RadioChoice[];
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
      <RadioChoices
        name={name}
        choices={choices}
        value={value}
        disabled={disabled}
        onChoose={onChoose}
        classNames={{ choice: styles.choice, note: styles.choiceNote }}
      />
    </fieldset>
  );
}
