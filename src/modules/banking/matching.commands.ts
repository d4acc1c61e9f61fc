import type { Command } from 'commander';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import { applyRules } from './apply-rules.ts';
import { autoMatch, DEFAULT_AUTO_SCORE } from './auto-match.ts';
import { accountNamed, bankingContext } from './banking.commands.ts';
import { proposeMatchesFor } from './propose-matches.ts';
import { reconciliationReport } from './reconciliation-report.ts';

/** `kawalis bank match --account ACC [--auto]`, `bank apply-rules --account ACC [--dry-run]`, `bank reconcile --account ACC --as-of DATE`. */
export function registerMatchingCommands(bank: Command): void {
  bank
    .command('match')
    .description('list proposed matches (score, reasons); with --auto, confirm those scoring at least --min-score')
    .requiredOption('--account <name>', 'bank account name or id')
    .option('--auto', 'confirm the proposals scoring at least --min-score')
    .option('--min-score <n>', 'lowest score --auto confirms', String(DEFAULT_AUTO_SCORE))
    .option('--window <days>', 'date window in days', '3')
    .option('--company <name>', 'company name or id')
    .action((opts: { account: string; auto?: boolean; minScore: string; window: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await bankingContext(p, opts.company);
        const account = await accountNamed(db, opts.account);
        const windowDays = Number(opts.window);
        if (opts.auto) {
          const r = await autoMatch(db, call, account.id, { minScore: Number(opts.minScore), windowDays });
          console.log(
            `${r.confirmed} match(es) confirmed, ${r.belowScore} proposal(s) below ${opts.minScore} left for review, ${r.conflicts} conflict(s) skipped`,
          );
          return;
        }
        const r = await proposeMatchesFor(db, account.id, { windowDays, limit: 1000 });
        console.log(`${r.unmatchedBankLines} unmatched statement line(s), ${r.unmatchedLedgerLines} unmatched ledger line(s), ${r.total} proposal(s)`);
        printTable(
          ['score', 'kind', 'bank', 'ledger', 'reasons'],
          r.items.map((x) => [
            String(x.score),
            x.kind,
            x.bankLines.map((b) => `${b.date} ${b.amount}`).join(' + '),
            x.ledgerLines.map((l) => `${l.date} ${l.amount} ${l.number ?? ''}`.trim()).join(' + '),
            x.reasons.join('; '),
          ]),
        );
      }),
    );
  bank
    .command('reconcile')
    .description('reconciliation report at a date: balances, unmatched items, the difference explained')
    .requiredOption('--account <name>', 'bank account name or id')
    .requiredOption('--as-of <date>', 'YYYY-MM-DD')
    .option('--company <name>', 'company name or id')
    .action((opts: { account: string; asOf: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await bankingContext(p, opts.company);
        const account = await accountNamed(db, opts.account);
        const r = await reconciliationReport(db, call.actor.companyId ?? '', account.id, opts.asOf);
        console.log(`${r.name} (${r.currency}) at ${r.asOf}: ${r.reconciled ? 'RECONCILED' : 'NOT RECONCILED'}`);
        for (const line of r.explanation) console.log(`  ${line}`);
        const items = [
          ...r.unmatchedBank.items.map((i) => ['statement', i.date, i.amount, i.text]),
          ...r.unmatchedLedger.items.map((i) => ['ledger', i.date, i.amount, i.text]),
        ];
        if (items.length) printTable(['side', 'date', 'amount', 'text'], items);
      }),
    );
  bank
    .command('apply-rules')
    .description("post and match the unmatched statement lines the bank account's rules take")
    .requiredOption('--account <name>', 'bank account name or id')
    .option('--dry-run', 'only list which line each rule would take')
    .option('--to <date>', 'only lines dated up to YYYY-MM-DD')
    .option('--company <name>', 'company name or id')
    .action((opts: { account: string; dryRun?: boolean; to?: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await bankingContext(p, opts.company);
        const account = await accountNamed(db, opts.account);
        const r = await applyRules(db, call, account.id, { dryRun: opts.dryRun, to: opts.to });
        console.log(`${r.applied.length} line(s) ${opts.dryRun ? 'would be posted' : 'posted and matched'}, ${r.failed.length} refused`);
        for (const f of r.failed) console.log(`  refused: line ${f.bankLineId} (rule ${f.rule}): ${f.message}`);
      }),
    );
}
