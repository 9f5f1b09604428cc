export interface RadioChoice {
  id: string;
  label: string;
  /** Words shown beside the label in smaller type (the guide's own band). */
  note?: string | undefined;
}

interface Props {
  /** The radio group's `name`, unique on the page. */
  name: string;
  choices: readonly RadioChoice[];
  /** The chosen id, if any. */
  value: string | undefined;
  disabled: boolean;
  onChoose: (id: string) => void;
  /** The widget's class for each label, and for a choice's note. */
  classNames: { choice?: string | undefined; note?: string | undefined };
}

/**
 * The radios of one group, each a native radio inside its label, for the widget's own fieldset
 * and legend to wrap. Arrow keys, focus and the checked state are the browser's.
 */
export function RadioChoices({ name, choices, value, disabled, onChoose, classNames }: Props) {
  return choices.map((choice) => (
    <label key={choice.id} className={classNames.choice}>
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
        {choice.note && <span className={classNames.note}> ({choice.note})</span>}
      </span>
    </label>
  ));
}
