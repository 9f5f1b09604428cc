import { useId } from 'react';
import { decideStrings } from '../../lib/decide/strings.ts';
import type { StageChoice } from '../../lib/decide/stage-choice.ts';
import { ChoiceGroup } from '../shared/ChoiceGroup.tsx';
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
  return (
    <ChoiceGroup
      type="radio"
      name={name}
      legend={decideStrings.stagePicker.legend}
      footnote={choice.source === 'quiz' ? decideStrings.stagePicker.fromQuiz : undefined}
      choices={stages.map((stage) => ({ id: stage.id, label: stage.shortName }))}
      value={choice.stage}
      disabled={disabled}
      onChoose={onPick}
      classNames={{
        fieldset: styles.fieldset,
        choices: styles.choices,
        choice: `${styles.choice} ${styles.radio}`,
        footnote: styles.hint,
      }}
    />
  );
}
