/**
 * A labelled select over one of the bank's tag lists, with a first option that means "any".
 * Used by the setup (stage, contact, field) and the bank (category).
 */
export function Filter<T extends string>({
  label,
  any,
  value,
  options,
  names,
  set,
}: {
  label: string;
  /** Wording of the first option, which leaves the filter off. */
  any: string;
  value: T | '';
  options: readonly T[];
  names: Record<T, string>;
  set: (value: T | '') => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.currentTarget.value as T | '')}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option value={o}>{names[o]}</option>
        ))}
      </select>
    </label>
  );
}
