import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchSelect } from '../../../components/search-select';
import { useChangeJob } from '../api/change-job';
import { useEmployees } from '../api/get-employees';
import { useDepartments } from '../api/get-org-chart';
import { usePositions } from '../api/get-positions';
import { type Employee, nameIn } from '../types';
import { ChangeModal } from './change-modal';
import { serverFieldErrors } from './server-field-errors';

export const JOB_REASONS = ['transfer', 'promotion', 'reorganisation', 'correction'] as const;
const FIELDS = ['effectiveDate', 'departmentId', 'positionId', 'managerId', 'reason'] as const;

/** A new assignment from a date; it starts from the current one, and history is kept. */
export function JobChangeModal({ employee, opened, onClose }: { employee: Employee; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const change = useChangeJob();
  const departments = useDepartments(opened);
  const positions = usePositions(opened);
  // A page of the employees matching what is typed (a large company has far more than one page).
  const [managerText, setManagerText] = useState('');
  const managers = useEmployees({ page: 1, pageSize: 20, q: managerText || undefined }, opened);
  const managerOptions = (managers.data?.items ?? [])
    .filter((m) => m.id !== employee.id)
    .map((m) => ({ value: m.id, label: lang === 'ar' ? m.nameAr : m.nameEn }));
  const currentManager = employee.current?.managerId
    ? { value: employee.current.managerId, label: nameIn(lang, employee.current.managerName ?? { en: '', ar: '' }) || employee.current.managerId }
    : null;
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const initial = () => ({
    effectiveDate: '',
    departmentId: employee.current?.departmentId ?? '',
    positionId: employee.current?.positionId ?? '',
    managerId: employee.current?.managerId ?? '',
    reason: 'transfer',
  });
  const [form, setForm] = useState(initial);
  const set = (k: keyof ReturnType<typeof initial>) => (v: string | null) => setForm((f) => ({ ...f, [k]: v ?? '' }));
  const errors = serverFieldErrors(change.error, FIELDS);
  const close = () => {
    change.reset();
    setForm(initial());
    onClose();
  };
  const submit = () => {
    change.mutate(
      {
        id: employee.id,
        effectiveDate: form.effectiveDate,
        departmentId: form.departmentId || null,
        positionId: form.positionId || null,
        managerId: form.managerId || null,
        reason: form.reason,
      },
      { onSuccess: close },
    );
  };
  return (
    <ChangeModal
      title={t('people.jobChange.title')}
      opened={opened}
      onClose={close}
      onSubmit={submit}
      testId="job-change-form"
      saveTestId="save-job-change"
      saveLabel={t('people.jobChange.save')}
      pending={change.isPending}
      error={change.error}
      errors={errors}
      effectiveDate={form.effectiveDate}
      onEffectiveDate={set('effectiveDate')}
    >
      <Select
        label={t('people.fields.reason')}
        data={JOB_REASONS.map((r) => ({ value: r, label: t(`people.reasons.${r}`) }))}
        value={form.reason}
        onChange={set('reason')}
        allowDeselect={false}
        error={errors.reason}
      />
      <Select
        label={t('people.fields.department')}
        clearable
        data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: nameIn(lang, { en: d.nameEn, ar: d.nameAr }) }))}
        value={form.departmentId || null}
        onChange={set('departmentId')}
        error={errors.departmentId}
      />
      <Select
        label={t('people.fields.position')}
        clearable
        data={(positions.data?.items ?? []).map((p) => ({ value: p.id, label: nameIn(lang, { en: p.titleEn, ar: p.titleAr }) }))}
        value={form.positionId || null}
        onChange={set('positionId')}
        error={errors.positionId}
      />
      <SearchSelect
        label={t('people.fields.manager')}
        clearable
        options={managerOptions}
        loading={managers.isFetching}
        onText={setManagerText}
        selected={picked?.value === form.managerId ? picked : currentManager?.value === form.managerId ? currentManager : null}
        value={form.managerId || null}
        onChange={(value, option) => {
          setPicked(option ? { value: option.value, label: option.label } : null);
          set('managerId')(value);
        }}
        error={errors.managerId}
        data-testid="job-manager"
      />
    </ChangeModal>
  );
}
