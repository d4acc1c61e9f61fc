import { Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useCreateLeaveType, useLeaveTypes } from '../api/leave';
import { InlineAddForm, InlineFlag, NameFields } from '../components/inline-add-form';
import { LeavePolicyForm } from '../components/leave-policy-form';
import { ButtonLink } from '../components/links';
import { serverFieldErrors } from '../components/server-field-errors';
import { nameIn } from '../types';

const empty = { code: '', nameEn: '', nameAr: '', allowNegative: false };

/** Leave types and how each accrues per employment type; balances are derived from these. */
export function LeaveTypesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data: me } = useMe();
  const canRead = hasPermission(me, 'people.read');
  const canWrite = hasPermission(me, 'people.write');
  const types = useLeaveTypes(canRead);
  const create = useCreateLeaveType();
  const [form, setForm] = useState(empty);
  if (!canRead) return <ForbiddenNotice />;
  const errors = serverFieldErrors(create.error, ['code', 'nameEn', 'nameAr']);
  const days = (n: number | null) => (n === null ? t('people.leave.unlimited') : new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en-GB').format(n));
  return (
    <>
      <PageTitle
        actions={
          <ButtonLink to="/people" variant="default">
            {t('people.title')}
          </ButtonLink>
        }
      >
        {t('people.leave.title')}
      </PageTitle>
      <ErrorAlert error={types.error} />
      {types.isPending && <LoadingState />}
      <Stack>
        {types.data?.items.map((lt) => (
          <Card withBorder key={lt.id} data-testid="leave-type">
            <Group justify="space-between" mb="xs">
              <Title order={2} size="h4">
                {nameIn(lang, { en: lt.nameEn, ar: lt.nameAr })}{' '}
                <Text span c="dimmed" size="sm" dir="ltr">
                  ({lt.code})
                </Text>
              </Title>
              {lt.allowNegative && <Text size="sm">{t('people.leave.allowNegative')}</Text>}
            </Group>
            {lt.policies.length === 0 ? (
              <Text c="dimmed" size="sm" mb="sm">
                {t('people.leave.noPolicy')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={480} mb="sm">
                <Table data-testid="leave-policies">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('people.fields.employmentType')}</Table.Th>
                      <Table.Th>{t('people.leave.accrual')}</Table.Th>
                      <Table.Th ta="end">{t('people.leave.daysPerYear')}</Table.Th>
                      <Table.Th ta="end">{t('people.leave.carryOverCap')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {lt.policies.map((p) => (
                      <Table.Tr key={p.id}>
                        <Table.Td>{p.employmentType === 'all' ? t('people.leave.allTypes') : t(`people.employmentType.${p.employmentType}`)}</Table.Td>
                        <Table.Td>{t(`people.leave.accrualKind.${p.accrual}`)}</Table.Td>
                        <Table.Td ta="end">{days(p.daysPerYear)}</Table.Td>
                        <Table.Td ta="end">{days(p.carryOverCap)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {canWrite && <LeavePolicyForm leaveTypeId={lt.id} />}
          </Card>
        ))}
        {canWrite && (
          <Card withBorder>
            <InlineAddForm
              testId="leave-type-form"
              buttonTestId="add-leave-type"
              buttonLabel={t('people.leave.add')}
              pending={create.isPending}
              error={create.error}
              errors={errors}
              onSubmit={() => create.mutate(form, { onSuccess: () => setForm(empty) })}
            >
              <TextInput
                label={t('people.leave.code')}
                withAsterisk
                dir="ltr"
                value={form.code}
                onChange={(e) => setForm({ ...form, code: e.currentTarget.value })}
                error={errors.code}
              />
              <NameFields form={form} setForm={setForm} errors={errors} />
              <InlineFlag
                label={t('people.leave.allowNegative')}
                checked={form.allowNegative}
                onChange={(allowNegative) => setForm({ ...form, allowNegative })}
              />
            </InlineAddForm>
          </Card>
        )}
      </Stack>
    </>
  );
}
