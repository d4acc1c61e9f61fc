import { Badge, Button, Card, Group, Modal, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { LoadingState } from '../../../components/loading-state';
import { ApiError } from '../../../lib/api-error';
import { useCreateDimension } from '../api/create-dimension';
import { useCreateDimensionValue } from '../api/create-dimension-value';
import { useDimensions } from '../api/get-dimensions';
import { useUpdateDimension } from '../api/update-dimension';
import { useUpdateDimensionValue } from '../api/update-dimension-value';
import { LedgerPage } from '../components/ledger-page';
import { nameIn } from '../names';
import type { Dimension, DimensionValue } from '../report-types';

/** What the form edits: a new dimension (with its slot), a new value of one, or a rename. */
type Editing =
  | { kind: 'dimension'; slot: number }
  | { kind: 'value'; dimension: Dimension }
  | { kind: 'rename-dimension'; dimension: Dimension }
  | { kind: 'rename-value'; value: DimensionValue };

function NamesModal({ editing, onClose }: { editing: Editing | null; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const createDimension = useCreateDimension();
  const createValue = useCreateDimensionValue();
  const updateDimension = useUpdateDimension();
  const updateValue = useUpdateDimensionValue();
  const current = editing?.kind === 'rename-dimension' ? editing.dimension : editing?.kind === 'rename-value' ? editing.value : undefined;
  const [code, setCode] = useState('');
  const [nameEn, setNameEn] = useState(current?.nameEn ?? '');
  const [nameAr, setNameAr] = useState(current?.nameAr ?? '');
  const [slot, setSlot] = useState<number>(editing?.kind === 'dimension' ? editing.slot : 1);
  const mutations = [createDimension, createValue, updateDimension, updateValue];
  const error = mutations.find((m) => m.error)?.error ?? null;
  const pending = mutations.some((m) => m.isPending);
  const issue = (field: string) => (error instanceof ApiError ? error.fieldIssues.find((i) => i.path === field)?.message : undefined);
  const isNew = editing?.kind === 'dimension' || editing?.kind === 'value';
  const title =
    editing?.kind === 'dimension'
      ? t('ledger.dimensions.addTitle')
      : editing?.kind === 'value'
        ? t('ledger.dimensions.addValueTitle', { name: nameIn(editing.dimension, i18n.language) })
        : t('ledger.dimensions.editTitle', { code: current?.code ?? '' });
  const submit = () => {
    if (!editing) return;
    const done = { onSuccess: onClose };
    if (editing.kind === 'dimension') createDimension.mutate({ code, nameEn, nameAr, slot }, done);
    else if (editing.kind === 'value') createValue.mutate({ dimensionId: editing.dimension.id, code, nameEn, nameAr }, done);
    else if (editing.kind === 'rename-dimension') updateDimension.mutate({ id: editing.dimension.id, nameEn, nameAr }, done);
    else updateValue.mutate({ id: editing.value.id, nameEn, nameAr }, done);
  };
  return (
    <Modal opened={editing !== null} onClose={onClose} title={title}>
      <FormStack
        data-testid="dimension-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {isNew && (
          <TextInput
            label={t('ledger.dimensions.code')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            dir="ltr"
            required
            error={issue('code')}
            data-testid="dimension-code"
          />
        )}
        {editing?.kind === 'dimension' && (
          <NumberInput
            label={t('ledger.dimensions.slot', { slot: '' }).trim()}
            value={slot}
            onChange={(v) => setSlot(Number(v) || 1)}
            min={1}
            max={3}
            required
          />
        )}
        <TextInput
          label={t('ledger.account.nameEn')}
          value={nameEn}
          onChange={(e) => setNameEn(e.currentTarget.value)}
          dir="ltr"
          required
          error={issue('nameEn')}
          data-testid="dimension-name-en"
        />
        <TextInput
          label={t('ledger.account.nameAr')}
          value={nameAr}
          onChange={(e) => setNameAr(e.currentTarget.value)}
          dir="rtl"
          required
          error={issue('nameAr')}
          data-testid="dimension-name-ar"
        />
        <ErrorAlert error={error} />
        <Button type="submit" loading={pending} data-testid="dimension-save">
          {t('ledger.dimensions.save')}
        </Button>
      </FormStack>
    </Modal>
  );
}

/** Dimension types in their three slots and their values, both names; ledger.admin only. */
export function DimensionsPage() {
  const { t } = useTranslation();
  const dimensions = useDimensions();
  const updateDimension = useUpdateDimension();
  const updateValue = useUpdateDimensionValue();
  const [editing, setEditing] = useState<Editing | null>(null);
  const items = dimensions.data?.items ?? [];
  const freeSlot = [1, 2, 3].find((s) => !items.some((d) => d.slot === s));

  return (
    <LedgerPage
      title={t('ledger.dimensions.title')}
      permission="ledger.admin"
      actions={
        freeSlot !== undefined ? (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ kind: 'dimension', slot: freeSlot })} data-testid="dimension-add">
            {t('ledger.dimensions.add')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('ledger.dimensions.slotsFull')}
          </Text>
        )
      }
    >
      <Text size="sm" c="dimmed" mb="md">
        {t('ledger.dimensions.intro')}
      </Text>
      {dimensions.isPending && <LoadingState />}
      <ErrorAlert error={dimensions.error ?? updateDimension.error ?? updateValue.error} />
      {dimensions.data && items.length === 0 && <Text c="dimmed">{t('ledger.dimensions.none')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {[...items]
          .sort((a, b) => a.slot - b.slot)
          .map((d) => (
            <Card key={d.id} withBorder padding="md" data-testid="dimension" data-code={d.code}>
              <Group justify="space-between" wrap="wrap" mb="xs">
                <div>
                  <Title order={2} size="h4">
                    {d.nameEn} · <span dir="rtl">{d.nameAr}</span>
                  </Title>
                  <Group gap="xs">
                    <Badge variant="light" tt="none">
                      {t('ledger.dimensions.slot', { slot: d.slot })}
                    </Badge>
                    <span className="mono">{d.code}</span>
                    {!d.active && (
                      <Badge color="gray" tt="none">
                        {t('ledger.dimensions.inactive')}
                      </Badge>
                    )}
                  </Group>
                </div>
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => setEditing({ kind: 'rename-dimension', dimension: d })}>
                    {t('ledger.dimensions.rename')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => updateDimension.mutate({ id: d.id, active: !d.active })}>
                    {d.active ? t('ledger.dimensions.deactivate') : t('ledger.dimensions.activate')}
                  </Button>
                </Group>
              </Group>
              <Stack gap={4}>
                {d.values.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('ledger.dimensions.noValues')}
                  </Text>
                ) : (
                  <Table.ScrollContainer minWidth={360}>
                    <Table>
                      <Table.Tbody>
                        {d.values.map((v) => (
                          <Table.Tr key={v.id} data-testid="dimension-value" data-code={v.code} c={v.active ? undefined : 'dimmed'}>
                            <Table.Td>
                              <span className="mono">{v.code}</span>
                            </Table.Td>
                            <Table.Td>{v.nameEn}</Table.Td>
                            <Table.Td dir="rtl">{v.nameAr}</Table.Td>
                            <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                              <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ kind: 'rename-value', value: v })}>
                                {t('ledger.dimensions.rename')}
                              </Button>
                              <Button size="compact-xs" variant="subtle" onClick={() => updateValue.mutate({ id: v.id, active: !v.active })}>
                                {v.active ? t('ledger.dimensions.deactivate') : t('ledger.dimensions.activate')}
                              </Button>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setEditing({ kind: 'value', dimension: d })}
                  style={{ alignSelf: 'flex-start' }}
                  data-testid="dimension-value-add"
                >
                  {t('ledger.dimensions.addValue')}
                </Button>
              </Stack>
            </Card>
          ))}
      </SimpleGrid>
      {editing && <NamesModal key={JSON.stringify(editing)} editing={editing} onClose={() => setEditing(null)} />}
    </LedgerPage>
  );
}
