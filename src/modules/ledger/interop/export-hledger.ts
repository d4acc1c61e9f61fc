import type { CompanyDb } from '../../../platform/db/company-scope.ts';
import { listCurrencies } from '../currencies.repository.ts';
import { companyFacts, type LedgerCall, typed } from '../ledger-db.ts';
import { fromMinor } from '../money.ts';
import { chartPaths } from './hledger-accounts.ts';

const PAGE = 1000;
/** Text that must stay on one line and must not open a comment early. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ');
const noSemicolon = (s: string) => oneLine(s).replace(/;/g, ',');

/**
 * The posted ledger as an hledger journal, in date order: `DATE * (reference) memo  ; number`, one
 * posting per line with the account's English name path, the amount with its currency after it, and
 * `@@ base` on foreign lines so their base value travels. Streams page by page to `write`.
 */
export async function exportHledger(
  db: CompanyDb,
  call: LedgerCall,
  write: (text: string) => void | Promise<void>,
  range: { from?: string; to?: string } = {},
) {
  const company = await companyFacts(db, call.actor);
  const { pathOf } = await chartPaths(db);
  const units = new Map((await listCurrencies(db)).map((c) => [c.code, Number(c.minor_units)]));
  const d = typed(db);
  const all = [...pathOf.values()].sort();
  await write(`; Kawalis ledger export, base currency ${company.baseCurrency}\n\n`);
  for (const path of all) await write(`account ${path}\n`);
  await write('\n');
  let after: { date: string; id: string } | undefined;
  let count = 0;
  for (;;) {
    let q = d.selectFrom('ledger_entry').selectAll().where('status', '=', 'posted');
    if (range.from) q = q.where('date', '>=', range.from);
    if (range.to) q = q.where('date', '<=', range.to);
    if (after) {
      const a = after;
      q = q.where((eb) => eb.or([eb('date', '>', a.date), eb.and([eb('date', '=', a.date), eb('id', '>', a.id)])]));
    }
    const entries = await q.orderBy('date').orderBy('id').limit(PAGE).execute();
    if (entries.length === 0) break;
    const lines = await d
      .selectFrom('ledger_line')
      .selectAll()
      .where(
        'entry_id',
        'in',
        entries.map((e) => e.id),
      )
      .orderBy('entry_id')
      .orderBy('line_no')
      .execute();
    const byEntry = new Map<string, typeof lines>();
    for (const l of lines) byEntry.set(l.entry_id, [...(byEntry.get(l.entry_id) ?? []), l]);
    let text = '';
    for (const e of entries) {
      const ref = e.reference ? ` (${oneLine(e.reference).replace(/\)/g, ']')})` : '';
      text += `${e.date} *${ref}${e.memo ? ` ${noSemicolon(e.memo)}` : ''}  ; ${e.number}\n`;
      for (const l of byEntry.get(e.id) ?? []) {
        const u = units.get(l.currency) ?? 2;
        let amount = `${fromMinor(BigInt(l.amount), u)} ${l.currency}`;
        if (l.currency !== company.baseCurrency)
          amount += ` @@ ${fromMinor(BigInt(l.base_amount) < 0n ? -BigInt(l.base_amount) : BigInt(l.base_amount), units.get(company.baseCurrency) ?? 2)} ${company.baseCurrency}`;
        text += `    ${pathOf.get(l.account_id)}  ${amount}${l.memo ? `  ; ${oneLine(l.memo)}` : ''}\n`;
      }
      text += '\n';
    }
    await write(text);
    count += entries.length;
    const last = entries[entries.length - 1];
    after = { date: last.date, id: last.id };
  }
  return { entries: count };
}
