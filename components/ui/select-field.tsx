// A labelled <select> for GET filter forms; an empty first option means "any".
type Option = { value: string; label: string };
type Props = { id: string; label: string; defaultValue: string; options: Option[]; anyLabel?: string };

export function SelectField({ id, label, defaultValue, options, anyLabel }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} defaultValue={defaultValue}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
