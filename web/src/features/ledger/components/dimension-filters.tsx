import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDimensions } from '../api/get-dimensions';
import { nameIn } from '../names';
import type { DimFilter } from '../report-types';

const SLOT_KEYS = { 1: 'dim1', 2: 'dim2', 3: 'dim3' } as const;

/** One select per active dimension (by slot): the reports take one value id per slot. Nothing when there are none. */
export function DimensionFilters({ value, onChange }: { value: DimFilter; onChange: (dim: DimFilter) => void }) {
  const { t, i18n } = useTranslation();
  const dimensions = useDimensions();
  const active = (dimensions.data?.items ?? []).filter((d) => d.active && d.values.length > 0);
  return active.map((d) => {
    const key = SLOT_KEYS[d.slot as 1 | 2 | 3];
    if (!key) return null;
    return (
      <Select
        key={d.id}
        label={nameIn(d, i18n.language)}
        placeholder={t('ledger.reports.allValues')}
        data={d.values.map((v) => ({ value: v.id, label: `${v.code} · ${nameIn(v, i18n.language)}` }))}
        value={value[key] ?? null}
        onChange={(v) => onChange({ ...value, [key]: v ?? undefined })}
        clearable
        searchable
        w={{ base: '100%', xs: 200 }}
        data-testid={`filter-${key}`}
      />
    );
  });
}
