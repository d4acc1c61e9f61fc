import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { refusalText } from '../../../lib/refusal-text';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useCreateDraft } from '../api/create-draft';
import { usePostEntry } from '../api/post-entry';
import { usePostNewEntry } from '../api/post-new-entry';
import { useUpdateDraft } from '../api/update-draft';
import {
  checkDraft,
  type EntryDraft,
  type FieldError,
  type FormErrors,
  type LineDraft,
  newLine,
  noErrors,
  runningBalances,
  serverErrors,
  toPayload,
} from '../entry-draft';
import { journalLabel } from '../names';
import type { Account, Currency, Journal } from '../types';
import classes from './entry-form.module.css';
import { EntryLineRow } from './entry-line-row';
import { ImbalancePanel } from './imbalance-panel';

type Props = {
  initial: EntryDraft;
  /** Set when editing a saved draft: saving changes it, posting changes then posts it. */
  draftId?: string;
  accounts: Account[];
  journals: Journal[];
  currencies: Currency[];
  baseCurrency: string;
};

/**
 * The keyboard-first entry form: Enter walks account → memo → debit → credit (→ rate) and adds a
 * line after the last; the running balance per currency stays in view; refusals land on the line
 * and field they name.
 */
export function EntryForm({ initial, draftId, accounts, journals, currencies, baseCurrency }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [draft, setDraft] = useState<EntryDraft>(initial);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [failure, setFailure] = useState<unknown>(null);
  const idempotencyKey = useRef(crypto.randomUUID());
  const focusAfterAdd = useRef<number | null>(null);
  const createDraft = useCreateDraft();
  const updateDraft = useUpdateDraft();
  const postEntry = usePostEntry(true);
  const postNew = usePostNewEntry();
  const busy = createDraft.isPending || updateDraft.isPending || postEntry.isPending || postNew.isPending;

  const units = useMemo(() => new Map(currencies.map((c) => [c.code, c.minorUnits])), [currencies]);
  const unitsOf = (code: string) => units.get(code) ?? 2;
  const postable = useMemo(() => accounts.filter((a) => a.postable && a.active), [accounts]);
  const balances = runningBalances(draft.lines, baseCurrency, unitsOf);
  const codes = useMemo(() => currencies.map((c) => c.code), [currencies]);

  useEffect(() => {
    if (focusAfterAdd.current === null) return;
    const el = document.querySelector<HTMLElement>(`[data-cell="${focusAfterAdd.current}:account"]`);
    focusAfterAdd.current = null;
    el?.focus();
  });

  const setLine = (row: number, patch: Partial<LineDraft>) => setDraft((d) => ({ ...d, lines: d.lines.map((l, i) => (i === row ? { ...l, ...patch } : l)) }));
  const addLine = () =>
    setDraft((d) => {
      focusAfterAdd.current = d.lines.length;
      return { ...d, lines: [...d.lines, newLine(baseCurrency)] };
    });
  const removeLine = (row: number) => setDraft((d) => ({ ...d, lines: d.lines.filter((_, i) => i !== row) }));

  /** Enter: the next cell in reading order; after the last cell of the last line, a new line. */
  const nextCell = (from: HTMLElement | null) => {
    const cells = [...document.querySelectorAll<HTMLElement>('[data-testid="entry-lines"] [data-cell]')];
    const at = from ? cells.indexOf(from) : -1;
    const current = from?.dataset.cell ?? '';
    const [row, col] = current.split(':');
    let next = cells[at + 1];
    // A debit already written: its credit cell is skipped.
    if (col === 'debit' && draft.lines[Number(row)]?.debit.trim() && next?.dataset.cell === `${row}:credit`) next = cells[at + 2];
    if (next) next.focus();
    else addLine();
  };

  /** Enter in the header moves to the next field, then into the first line. */
  const headerEnter = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || target.tagName !== 'INPUT' || target.getAttribute('aria-expanded') === 'true') return;
    e.preventDefault();
    const fields = [...e.currentTarget.querySelectorAll<HTMLElement>('input:not([type="hidden"])')];
    const next = fields[fields.indexOf(target) + 1] ?? document.querySelector<HTMLElement>('[data-cell="0:account"]');
    next?.focus();
  };

  const submit = (mode: 'draft' | 'post') => {
    setFailure(null);
    const local = checkDraft(draft, unitsOf, mode === 'post');
    if (Object.keys(local.fields).length || local.general.length) {
      setErrors(local);
      return;
    }
    setErrors(noErrors);
    const { input, rows } = toPayload(draft, baseCurrency);
    const onError = (e: unknown) => {
      setFailure(e);
      setErrors(serverErrors(e, rows));
    };
    const done = (id: string) => navigate({ to: '/ledger/entries/$entryId', params: { entryId: id } });
    if (draftId) {
      updateDraft.mutate(
        { id: draftId, patch: { ...input, memo: input.memo ?? null, reference: input.reference ?? null } },
        { onError, onSuccess: () => (mode === 'post' ? postEntry.mutate(draftId, { onError, onSuccess: () => done(draftId) }) : done(draftId)) },
      );
    } else if (mode === 'draft') createDraft.mutate(input, { onError, onSuccess: (entry) => done(entry.id) });
    else postNew.mutate({ input, idempotencyKey: idempotencyKey.current }, { onError, onSuccess: (entry) => done(entry.id) });
  };

  const text = (e: FieldError) => (typeof e === 'string' ? t(e) : refusalText(t, e));
  const fieldErr = (path: string) => {
    const e = errors.fields[path];
    return e ? text(e) : undefined;
  };
  const journalOptions = journals.filter((j) => j.active || j.id === draft.journalId).map((j) => ({ value: j.id, label: journalLabel(j, i18n.language) }));

  return (
    <form
      noValidate
      data-testid="entry-form"
      onSubmit={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !busy) {
          e.preventDefault();
          submit(hasPermission(me, 'ledger.post') ? 'post' : 'draft');
        }
      }}
    >
      <Stack>
        <Paper withBorder p="md" onKeyDown={headerEnter}>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
            <Select
              label={t('ledger.entry.journal')}
              data={journalOptions}
              value={draft.journalId || null}
              onChange={(v) => setDraft({ ...draft, journalId: v ?? '' })}
              allowDeselect={false}
              withAsterisk
              error={fieldErr('journalId')}
              data-testid="entry-journal"
            />
            <TextInput
              label={t('ledger.entry.date')}
              type="date"
              value={draft.date}
              onChange={(e) => setDraft({ ...draft, date: e.currentTarget.value })}
              withAsterisk
              error={fieldErr('date')}
              data-testid="entry-date"
            />
            <TextInput
              label={t('ledger.entry.reference')}
              value={draft.reference}
              onChange={(e) => setDraft({ ...draft, reference: e.currentTarget.value })}
              error={fieldErr('reference')}
              maxLength={100}
              data-testid="entry-reference"
            />
            <TextInput
              label={t('ledger.entry.memo')}
              value={draft.memo}
              onChange={(e) => setDraft({ ...draft, memo: e.currentTarget.value })}
              error={fieldErr('memo')}
              maxLength={500}
              data-testid="entry-memo"
            />
          </SimpleGrid>
        </Paper>

        <div>
          <div className={classes.head} aria-hidden="true">
            <span />
            <span>{t('ledger.form.account')}</span>
            <span>{t('ledger.form.lineMemo')}</span>
            <span style={{ textAlign: 'end' }}>{t('ledger.form.debit')}</span>
            <span style={{ textAlign: 'end' }}>{t('ledger.form.credit')}</span>
            <span>{t('ledger.form.currency')}</span>
            <span>{t('ledger.form.rate')}</span>
            <span />
          </div>
          <div data-testid="entry-lines">
            {draft.lines.map((line, row) => (
              <EntryLineRow
                key={line.key}
                row={row}
                line={line}
                accounts={postable}
                currencies={codes}
                baseCurrency={baseCurrency}
                errors={errors.fields}
                canRemove={draft.lines.length > 1}
                onChange={(patch) => setLine(row, patch)}
                onRemove={() => removeLine(row)}
                onEnter={nextCell}
              />
            ))}
          </div>
          <Group mt="xs" justify="space-between">
            <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={addLine} data-testid="add-line">
              {t('ledger.form.addLine')}
            </Button>
            <Text size="xs" c="dimmed" visibleFrom="sm">
              {t('ledger.form.keyboardHint')}
            </Text>
          </Group>
        </div>

        {errors.general.map((e) => (
          <Alert key={text(e)} color="red" role="alert">
            {text(e)}
          </Alert>
        ))}
        <ErrorAlert error={failure} />

        <ImbalancePanel balances={balances} refused={errors.imbalances} />
        <Group justify="flex-end">
          {hasPermission(me, 'ledger.write') && (
            <Button variant="default" loading={busy} onClick={() => submit('draft')} data-testid="save-draft">
              {t('ledger.form.saveDraft')}
            </Button>
          )}
          {hasPermission(me, 'ledger.post') && (
            <Button loading={busy} onClick={() => submit('post')} data-testid="post-entry">
              {t('ledger.form.post')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
