import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError, operator, resolveCompany } from '../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import type { Platform } from '../../platform/platform.ts';
import { findAccountByCode, listAccounts } from './accounts.repository.ts';
import { registerCloseCommands } from './close.commands.ts';
import { toCsv } from './csv.ts';
import { registerRateCommands } from './exchange-rates.commands.ts';
import { isIsoDate } from './fiscal-calendar.ts';
import { installDefaultChart } from './install-default-chart.ts';
import { registerInteropCommands } from './interop/interop.commands.ts';
import { findJournalByCode } from './journals.repository.ts';
import { entryInputSchema } from './ledger.schemas.ts';
import { flag, type LedgerCall } from './ledger-db.ts';
import { postNewEntry } from './post-new-entry.ts';
import { registerReportCommands } from './reports/report.commands.ts';
import { trialBalance } from './trial-balance.ts';
import { verifyLedger } from './verify-ledger.ts';

async function ledgerContext(p: Platform, companyName?: string) {
  const company = await resolveCompany(p, companyName);
  const db = p.forCompany(company.id);
  const call: LedgerCall = { actor: operator(p, company.id), clock: p.clock };
  return { company, db, call };
}

/** A file may name the journal and accounts by code (`"journal": "GEN"`, `"account": "1110"`) instead of id. */
async function resolveCodes(db: ReturnType<Platform['forCompany']>, raw: Record<string, unknown>) {
  const out: Record<string, unknown> = { ...raw };
  if (typeof raw.journal === 'string') {
    const j = await findJournalByCode(db, raw.journal);
    if (!j) throw new CliError(`No journal ${raw.journal}`);
    out.journalId = j.id;
    delete out.journal;
  }
  if (Array.isArray(raw.lines)) {
    out.lines = await Promise.all(
      raw.lines.map(async (l: Record<string, unknown>, i: number) => {
        if (typeof l.account !== 'string') return l;
        const a = await findAccountByCode(db, l.account);
        if (!a) throw new CliError(`lines.${i}.account: no account ${l.account}`);
        const { account: _a, ...rest } = l;
        return { ...rest, accountId: a.id };
      }),
    );
  }
  return out;
}

export function registerLedgerCommands(program: Command): void {
  const ledger = program.command('ledger').description('the general ledger');
  registerInteropCommands(ledger);
  registerRateCommands(ledger);
  registerCloseCommands(ledger);
  registerReportCommands(program);
  ledger
    .command('accounts')
    .description('list the chart of accounts')
    .option('--company <name>', 'company name or id')
    .action((opts: { company?: string }) =>
      withCliPlatform(async (p) => {
        const { db } = await ledgerContext(p, opts.company);
        const { rows } = await listAccounts(db, {});
        printTable(
          ['code', 'type', 'subtype', 'kind', 'name', 'الاسم'],
          rows.map((a) => [a.code, a.type, a.subtype, `${flag(a.postable) ? 'leaf' : 'group'}${flag(a.active) ? '' : ' (archived)'}`, a.name_en, a.name_ar]),
        );
      }),
    );
  ledger
    .command('install-chart')
    .description('install the bilingual default chart and journals into an empty company')
    .option('--company <name>', 'company name or id')
    .action((opts: { company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await ledgerContext(p, opts.company);
        const r = await installDefaultChart(db, call);
        console.log(`installed ${r.accounts} accounts and ${r.journals} journals`);
      }),
    );
  ledger
    .command('post')
    .description('post one entry from a JSON file (journal and accounts by id or code)')
    .requiredOption('--file <path>', 'the entry as JSON')
    .option('--idempotency-key <key>', 'a retry with the same key posts nothing new')
    .option('--company <name>', 'company name or id')
    .action((opts: { file: string; company?: string; idempotencyKey?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await ledgerContext(p, opts.company);
        let raw: Record<string, unknown>;
        try {
          raw = JSON.parse(readFileSync(opts.file, 'utf8'));
        } catch (err) {
          throw new CliError(`cannot read ${opts.file}: ${(err as Error).message}`);
        }
        const input = entryInputSchema.parse(await resolveCodes(db, raw));
        const { entry, replayed } = await postNewEntry(db, call, input, { idempotencyKey: opts.idempotencyKey, manual: true });
        console.log(`${replayed ? 'already posted' : 'posted'}: ${entry.number} (${entry.id})`);
      }),
    );
  ledger
    .command('verify')
    .description('check hash chains, numbering, balance and kept balances; exit 1 naming the first entry that fails')
    .option('--company <name>', 'company name or id')
    .action((opts: { company?: string }) =>
      withCliPlatform(async (p) => {
        const { db } = await ledgerContext(p, opts.company);
        const report = await verifyLedger(db);
        if (report.ok) {
          console.log(`ok: ${report.entriesChecked} posted entries verified`);
          return;
        }
        const first = report.failures.find((f) => f.entryId) ?? report.failures[0];
        console.log(`FAILED: ${first.message}${first.entryId ? ` (entry ${first.entryId})` : ''}`);
        for (const f of report.failures) if (f !== first) console.log(`  also: ${f.message}`);
        process.exitCode = 1;
      }),
    );
  ledger
    .command('trial-balance')
    .description('the trial balance as of a date')
    .requiredOption('--as-of <date>', 'YYYY-MM-DD')
    .option('--format <format>', 'table or csv', 'table')
    .option('--company <name>', 'company name or id')
    .action((opts: { asOf: string; format: string; company?: string }) =>
      withCliPlatform(async (p) => {
        if (!isIsoDate(opts.asOf)) throw new CliError('--as-of: a date written YYYY-MM-DD');
        const { db, company } = await ledgerContext(p, opts.company);
        const tb = await trialBalance(db, opts.asOf, company.baseCurrency);
        const rows = tb.rows.map((r) => [r.code, r.nameEn, r.currency, r.balance, r.baseBalance]);
        if (opts.format === 'csv') process.stdout.write(toCsv([['account', 'name', 'commodity', 'balance', 'base_balance'], ...rows]));
        else {
          printTable(['account', 'name', 'currency', 'balance', `in ${tb.baseCurrency}`], rows);
          for (const t of tb.totals) console.log(`total ${t.currency}: ${t.balance}`);
        }
      }),
    );
}
