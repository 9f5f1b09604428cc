import controls from './controls.module.css';

interface Props {
  legend: string;
  options: readonly { id: string; label: string }[];
  checked: readonly string[];
  disabled: boolean;
  onToggle: (id: string, checked: boolean) => void;
}

/** A fieldset of native checkboxes, each inside its label. */
export function CheckboxGroup({ legend, options, checked, disabled, onToggle }: Props) {
  return (
    <fieldset className={controls.fieldset}>
      <legend>{legend}</legend>
      <div className={controls.choices}>
        {options.map((option) => (
          <label key={option.id} className={controls.choice}>
            <input
              type="checkbox"
              value={option.id}
              checked={checked.includes(option.id)}
              disabled={disabled}
              onChange={(event) => onToggle(option.id, event.currentTarget.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
