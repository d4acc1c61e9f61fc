import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { CliError, operator, resolveCompany } from '../../../platform/cli/context.ts';
import { parsePositiveInt, withCliPlatform } from '../../../platform/cli/platform.commands.ts';
import { isIsoDate } from '../fiscal-calendar.ts';
import { importEntriesCsv } from '../import/import-entries-csv.ts';
import type { ImportResult } from '../import/import-report.ts';
import { DEFAULT_BATCH } from '../import/post-in-batches.ts';
import { progressBar } from '../import/progress-bar.ts';
import type { LedgerCall } from '../ledger-db.ts';
import { exportHledger } from './export-hledger.ts';
import { importHledger } from './import-hledger.ts';

function printResult(r: ImportResult) {
  if (!r.ok) {
    console.error(`refused: ${r.errorCount} error(s), nothing imported`);
    for (const e of r.errors.slice(0, 50)) console.error(`  ${e.row ? `${e.row}` : '-'}${e.column ? ` ${e.column}` : ''}: ${e.reason}`);
    if (r.errorCount > 50) console.error(`  … and ${r.errorCount - 50} more`);
    process.exitCode = 1;
    return;
  }
  console.log(`imported ${r.posted} entries${r.skipped ? ` (${r.skipped} were already imported)` : ''} from ${r.rows} lines`);
  for (const x of r.ranges) console.log(`  ${x.from} … ${x.to}`);
}

/** `kawalis ledger import` and `kawalis ledger export`: entry CSV files and hledger journals. */
export function registerInteropCommands(ledger: Command): void {
  ledger
    .command('import')
    .description('import entries, all or nothing: a CSV file (one row per line, grouped by entry_key) or an hledger journal')
    .argument('<file>', 'the file to import')
    .option('--format <format>', 'csv or hledger', 'csv')
    .option('--journal <code>', 'hledger: the journal to post into', 'GEN')
    .option('--batch-size <n>', 'entries per transaction', parsePositiveInt, DEFAULT_BATCH)
    .option('--no-progress', 'no progress bar on stderr')
    .option('--company <name>', 'company name or id')
    .action((file: string, opts: { format: string; journal: string; batchSize: number; progress: boolean; company?: string }) =>
      withCliPlatform(async (p) => {
        if (opts.format !== 'csv' && opts.format !== 'hledger') throw new CliError('--format: csv or hledger');
        const company = await resolveCompany(p, opts.company);
        const db = p.forCompany(company.id);
        const call: LedgerCall = { actor: operator(p, company.id), clock: p.clock };
        const o = { batchSize: opts.batchSize, onProgress: opts.progress ? progressBar() : undefined, journal: opts.journal };
        printResult(opts.format === 'hledger' ? await importHledger(db, call, file, o) : await importEntriesCsv(db, call, file, o));
      }),
    );
  ledger
    .command('export')
    .description('export the posted ledger as an hledger journal')
    .option('--format <format>', 'hledger', 'hledger')
    .option('--from <date>', 'first date, YYYY-MM-DD')
    .option('--to <date>', 'last date, YYYY-MM-DD')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--company <name>', 'company name or id')
    .action((opts: { format: string; from?: string; to?: string; out?: string; company?: string }) =>
      withCliPlatform(async (p) => {
        if (opts.format !== 'hledger') throw new CliError('--format: hledger');
        for (const d of [opts.from, opts.to]) if (d && !isIsoDate(d)) throw new CliError(`${d}: a date written YYYY-MM-DD`);
        const company = await resolveCompany(p, opts.company);
        const out = opts.out ? createWriteStream(opts.out) : process.stdout;
        const write = (text: string) => new Promise<void>((resolve, reject) => out.write(text, (err) => (err ? reject(err) : resolve())));
        const r = await exportHledger(p.forCompany(company.id), { actor: operator(p, company.id), clock: p.clock }, write, { from: opts.from, to: opts.to });
        if (opts.out) {
          await new Promise<void>((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
          console.error(`exported ${r.entries} entries to ${opts.out}`);
        }
      }),
    );
}
