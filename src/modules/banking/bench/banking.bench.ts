/**
 * Banking benchmark (issue 5): a ledger and a statement of N lines — most with a true counterpart a
 * few days apart, some one-to-many (two ledger lines make one bank line), some with no counterpart,
 * some near-duplicates (same amount, another day) — imported through the real paths (ledger entry
 * CSV, bank CSV by mapping), then the matcher timed and scored against the known answer. One JSON line
 * per op, with wall and CPU milliseconds.
 * `npm run bench:banking -- --lines 100000 [--dialect sqlite|postgres] [--no-auto]`.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeAfterLoad, benchDialect, benchPlatform, rng, timed } from '../../../../bench/bench-kit.ts';

// The ledger after the module list: its index imports the platform's, which imports the module list.
const { importEntriesCsv } = await import('../../ledger/index.ts');
const { createBankAccount, importStatementFile } = await import('../index.ts');
const { findProposals } = await import('../propose-matches.ts');
const { acceptProposals } = await import('../accept-proposals.ts');
const { DEFAULT_AUTO_SCORE } = await import('../auto-match.ts');

const { values: args } = parseArgs({
  options: { lines: { type: 'string', default: '100000' }, dialect: { type: 'string', default: 'sqlite' }, 'no-auto': { type: 'boolean', default: false } },
});
const N = Number(args.lines);
const dialect = benchDialect(args.dialect);
const out = (op: string, fields: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: 'banking', op, dialect, lines: N, ...fields, load_avg: Number(loadavg()[0].toFixed(2)) }));

const money = (m: bigint) => {
  const a = m < 0n ? -m : m;
  return `${m < 0n ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
};
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

const { p, db, actor, dir, close } = await benchPlatform('banking', dialect);

try {
  const call = {
    actor,
    clock: p.clock,
  };
  const { installDefaultChart } = await import('../../ledger/index.ts');
  await installDefaultChart(db, call);
  const bankLedger = (
    (await db
      .selectFrom('ledger_account' as never)
      .select('id' as never)
      .where('code' as never, '=', '1130' as never)
      .executeTakeFirstOrThrow()) as { id: string }
  ).id;
  const bank = await createBankAccount(db, call, {
    name: 'Bench bank',
    bank: 'Bench',
    accountNumber: '000123456',
    currency: 'SAR',
    ledgerAccountId: bankLedger,
    csvMapping: { dateColumn: 1, amountColumn: 2, textColumns: [3], referenceColumn: 4 },
  });

  // Generate: per bank line i, its kind and its ledger counterpart(s).
  const rand = rng(42);
  const days = 365;
  let ledgerCsv = 'entry_key,date,journal,memo,reference,account,debit,credit,currency,base_amount,rate,line_memo\n';
  let bankCsv = 'date,amount,text,reference\n';
  const truth = new Map<number, number[]>(); // bank line i → ledger entry numbers (memo "entry k")
  let entry = 0;
  const postLedger = (date: string, amount: bigint) => {
    const k = entry++;
    const abs = money(amount < 0n ? -amount : amount);
    ledgerCsv += `E${k},${date},BNK,entry ${k},,1130,${amount > 0n ? abs : ''},${amount < 0n ? abs : ''},,,,\n`;
    ledgerCsv += `E${k},,,,,4200,${amount < 0n ? abs : ''},${amount > 0n ? abs : ''},,,,\n`;
    return k;
  };
  let matchable = 0;
  for (let i = 0; i < N; i++) {
    const d = Math.floor((i * days) / N);
    const amount = BigInt(1 + Math.floor(rand() * 5_000_000)) * (rand() < 0.5 ? -1n : 1n);
    const r = rand();
    bankCsv += `${day(d)},${money(amount)},line ${i},B${i}\n`;
    if (r < 0.85) {
      truth.set(i, [postLedger(day(Math.max(0, d - Math.floor(rand() * 3))), amount)]);
      matchable++;
    } else if (r < 0.9) {
      const part = amount / 3n;
      truth.set(i, [postLedger(day(d), part), postLedger(day(Math.max(0, d - 1)), amount - part)]);
      matchable++;
    } else if (r < 0.95) {
      postLedger(day(Math.min(days + 30, d + 10 + Math.floor(rand() * 20))), amount); // near-duplicate outside the window
    } // else: no counterpart at all
  }
  for (let i = 0; i < N / 20; i++) postLedger(day(Math.floor(rand() * days)), BigInt(1 + Math.floor(rand() * 5_000_000))); // ledger-only lines
  const ledgerFile = join(dir, 'entries.csv');
  writeFileSync(ledgerFile, ledgerCsv);
  const li = await timed(() => importEntriesCsv(db, call, ledgerFile, { batchSize: 1000 }));
  if (!li.value.ok) throw new Error(`ledger import refused: ${JSON.stringify(li.value.errors.slice(0, 3))}`);
  out('ledger-import', { entries: entry, ms: li.ms, cpuMs: li.cpuMs });

  const file = { bankAccountId: bank.id, fileName: 'bench.csv', contentBase64: Buffer.from(bankCsv).toString('base64') };
  // the import's read-only half on its own (parse, check, keys, which lines are held already)
  const { analyseStatementFile } = await import('../analyse-statement-file.ts');
  const analysed = await timed(() => analyseStatementFile(db, file));
  const imported = await timed(() => importStatementFile(db, call, file));
  out('statement-import', {
    imported: imported.value.importedLines,
    ms: imported.ms,
    cpuMs: imported.cpuMs,
    analyseMs: analysed.ms,
    analyseCpuMs: analysed.cpuMs,
    lines_per_s: Math.round((imported.value.importedLines / imported.ms) * 1000),
  });
  const again = await timed(() => importStatementFile(db, call, file));
  out('statement-reimport', { imported: again.value.importedLines, duplicates: again.value.duplicateLines, ms: again.ms, cpuMs: again.cpuMs });
  const analyzed = await analyzeAfterLoad(p, dialect);
  if (analyzed) out('analyze', analyzed);

  // the phases on their own: statement lines, ledger lines, the engine
  {
    const { unmatchedLinesForMatching } = await import('../matching.repository.ts');
    const { accountLinesToMatch } = await import('../../ledger/index.ts');
    const { proposeMatches } = await import('../match-engine.ts');
    const rows = await timed(() => unmatchedLinesForMatching(db, bank.id));
    const lrows = await timed(() => accountLinesToMatch(db, { accountId: bankLedger, currency: 'SAR', from: '2023-12-01', to: '2025-03-01' }));
    const engine = await timed(async () =>
      proposeMatches(
        rows.value.map((b) => ({ id: b.id, date: String(b.booking_date), amount: BigInt(b.amount), text: b.search })),
        lrows.value.map((l) => ({ id: l.lineId, date: l.date, amount: l.amount, text: l.text })),
        { windowDays: 3, maxGroup: 3, groupCandidates: 12, money },
      ),
    );
    out('match-phases', {
      bankMs: rows.ms,
      bankCpuMs: rows.cpuMs,
      ledgerMs: lrows.ms,
      ledgerCpuMs: lrows.cpuMs,
      engineMs: engine.ms,
      engineCpuMs: engine.cpuMs,
    });
  }
  const matched = await timed(() => findProposals(db, bank.id, { windowDays: 3 }));
  const found = matched.value;
  const num = (s: string | null | undefined) => Number(/(\d+)/.exec(s ?? '')?.[1] ?? -1);
  let correct = 0;
  for (const pr of found.proposals) {
    const bankNos = pr.bankLineIds.map((id) => num(found.bank.get(id)?.search));
    const ledgerNos = pr.ledgerLineIds.map((id) => num(/entry (\d+)/.exec(found.ledger.get(id)?.text ?? '')?.[1])).sort((a, b) => a - b);
    const want = bankNos.length === 1 ? [...(truth.get(bankNos[0]) ?? [])].sort((a, b) => a - b) : [];
    if (want.length && JSON.stringify(want) === JSON.stringify(ledgerNos)) correct++;
  }
  out('match', {
    ms: matched.ms,
    cpuMs: matched.cpuMs,
    unmatchedBank: found.bank.size,
    unmatchedLedger: found.ledger.size,
    proposals: found.proposals.length,
    precision: Number((correct / Math.max(1, found.proposals.length)).toFixed(4)),
    recall: Number((correct / Math.max(1, matchable)).toFixed(4)),
  });
  if (!args['no-auto']) {
    // auto-match as `autoMatch` runs it, its two halves timed apart: the proposals, then the set-based accept
    const proposed = await timed(() => findProposals(db, bank.id, { windowDays: 3 }));
    const good = proposed.value.proposals.filter((x) => x.score >= DEFAULT_AUTO_SCORE);
    const accepted = await timed(() =>
      acceptProposals(db, call, { bankAccountId: bank.id, bankAccountName: 'Bench bank', ...proposed.value, proposals: good }),
    );
    const { confirmed, conflicts, periodLocked } = accepted.value;
    out('auto-match', {
      confirmed,
      conflicts,
      periodLocked,
      belowScore: proposed.value.proposals.length - good.length,
      ms: Math.round((proposed.ms + accepted.ms) * 10) / 10,
      cpuMs: Math.round((proposed.cpuMs + accepted.cpuMs) * 10) / 10,
      acceptMs: accepted.ms,
      acceptCpuMs: accepted.cpuMs,
      matches_per_s: Math.round((confirmed / (proposed.ms + accepted.ms)) * 1000),
      accept_matches_per_s: Math.round((confirmed / accepted.ms) * 1000),
      accept_matches_per_cpu_s: Math.round((confirmed / accepted.cpuMs) * 1000),
    });
  }
} finally {
  await close();
}
