import { useId } from 'react';
import { decideStrings } from '../../lib/decide/strings.ts';
import type { StageChoice } from '../../lib/decide/stage-choice.ts';
import { RadioChoices } from '../shared/RadioChoices.tsx';
import styles from './decide.module.css';

interface Props {
  stages: readonly { id: string; shortName: string }[];
  choice: StageChoice;
  disabled: boolean;
  onPick: (stage: string) => void;
}

/** "Your stage": one radio per stage, with a note when the quiz's result chose it. */
export default function StagePicker({ stages, choice, disabled, onPick }: Props) {
  const name = useId();
  const hintId = useId();
  const fromQuiz = choice.source === 'quiz';
  return (
    <fieldset className={styles.fieldset} aria-describedby={fromQuiz ? hintId : undefined}>
      <legend>{decideStrings.stagePicker.legend}</legend>
      <div className={styles.choices}>
        <RadioChoices
          name={name}
          choices={stages.map((stage) => ({ id: stage.id, label: stage.shortName }))}
          value={choice.stage}
          disabled={disabled}
          onChoose={onPick}
          classNames={{ choice: `${styles.choice} ${styles.radio}` }}
        />
      </div>
      {fromQuiz && (
        <p id={hintId} className={styles.hint}>
          {decideStrings.stagePicker.fromQuiz}
        </p>
      )}
    </fieldset>
  );
}
