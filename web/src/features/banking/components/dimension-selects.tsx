import { Select } from '@mantine/core';
import { useDimensionOptions } from './ledger-options';

type Props = { value: string[]; onChange: (ids: string[]) => void; errors?: Record<string, string> };

/** One optional Select per active dimension; the value is the chosen dimension value ids (at most one per dimension). */
export function DimensionSelects({ value, onChange, errors = {} }: Props) {
  const dims = useDimensionOptions();
  return (
    <>
      {dims.map((d, i) => {
        const chosen = d.options.find((o) => value.includes(o.value))?.value ?? null;
        return (
          <Select
            key={d.id}
            label={d.label}
            clearable
            searchable
            data={d.options}
            value={chosen}
            error={errors[`dimensions.${i}`]}
            onChange={(v) => {
              const others = value.filter((id) => !d.options.some((o) => o.value === id));
              onChange(v ? [...others, v] : others);
            }}
            data-testid={`dimension-${d.id}`}
          />
        );
      })}
    </>
  );
}
