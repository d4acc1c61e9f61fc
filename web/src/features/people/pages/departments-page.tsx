import { Badge, Button, Card, Group, List, Select, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useCreateDepartment } from '../api/create-department';
import { useDepartments, useOrgChart } from '../api/get-org-chart';
import { type DepartmentNode, nameIn } from '../types';

function Branch({ nodes, lang }: { nodes: DepartmentNode[]; lang: string }) {
  const { t } = useTranslation();
  return (
    <List listStyleType="none" withPadding>
      {nodes.map((n) => (
        <List.Item key={n.id} data-testid="department-node">
          <Group gap="xs">
            <Text fw={500}>{nameIn(lang, { en: n.nameEn, ar: n.nameAr })}</Text>
            <Badge variant="light">{t('people.departments.people', { count: n.totalHeadcount })}</Badge>
          </Group>
          {n.children.length > 0 && <Branch nodes={n.children} lang={lang} />}
        </List.Item>
      ))}
    </List>
  );
}

/** The department tree with headcounts (the org chart), and a form to add a department. */
export function DepartmentsPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const chart = useOrgChart();
  const departments = useDepartments();
  const create = useCreateDepartment();
  const [form, setForm] = useState({ nameEn: '', nameAr: '', parentId: null as string | null });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(form, { onSuccess: () => setForm({ nameEn: '', nameAr: '', parentId: null }) });
  };
  return (
    <>
      <PageTitle>{t('people.departments.title')}</PageTitle>
      {chart.isPending && <LoadingState />}
      <ErrorAlert error={chart.error} />
      {chart.data && <Branch nodes={chart.data.items} lang={i18n.language} />}
      {hasPermission(me, 'people.write') && (
        <Card withBorder mt="lg" component="form" onSubmit={submit} maw={700}>
          <Group align="end">
            <TextInput label={t('people.fields.nameEn')} required value={form.nameEn} onChange={(e) => setForm({ ...form, nameEn: e.currentTarget.value })} />
            <TextInput
              label={t('people.fields.nameAr')}
              dir="rtl"
              required
              value={form.nameAr}
              onChange={(e) => setForm({ ...form, nameAr: e.currentTarget.value })}
            />
            <Select
              label={t('people.departments.parent')}
              clearable
              data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: nameIn(i18n.language, { en: d.nameEn, ar: d.nameAr }) }))}
              value={form.parentId}
              onChange={(v) => setForm({ ...form, parentId: v })}
            />
            <Button type="submit" loading={create.isPending} data-testid="add-department">
              {t('people.departments.add')}
            </Button>
          </Group>
          <ErrorAlert error={create.error} />
        </Card>
      )}
    </>
  );
}
