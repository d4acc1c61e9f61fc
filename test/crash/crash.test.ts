import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { allModules } from '../../src/modules.ts';
import { cliActor } from '../../src/platform/auth/actor.ts';
import { bootPlatform } from '../../src/platform/boot.ts';
import { createCompany } from '../../src/platform/companies/index.ts';
import { bundled } from '../bundle.ts';

const { installDefaultChart, verifyLedger } = await import('../../src/modules/ledger/index.ts');

/**
 * kill -9 cycles (`npm run test:crash`, also part of `npm test`): a child posts entries on SQLite
 * (WAL, synchronous=FULL) and prints each acknowledged one; the parent kills it with SIGKILL at a
 * random moment, then checks that every acknowledged entry is there exactly once under its key, the
 * chain head never moved back, and `verifyLedger` passes; the next child retries the unknown ones.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const CYCLES = Number(process.env.CRASH_CYCLES ?? 20);
let dir: string;
const env = () => ({ ...process.env, DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'kawalis.db')}`, LOG_LEVEL: 'silent' });
const platform = () => bootPlatform(loadConfig(env()), { modules: allModules });
/** The child, bundled once (test/bundle.ts): it starts in a third of tsx's time. */
let childCommand: string[] = [];

/** Run a child until it has acknowledged something, then kill it after a random pause. */
function cycle(start: number, acked: Map<string, string>): Promise<{ last: number; signal: string | null }> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(process.execPath, [...childCommand, String(start)], {
      cwd: ROOT,
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let last = start - 1;
    let armed = false;
    let stderr = '';
    child.stderr?.on('data', (b) => {
      stderr += b;
    });
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const [, key, id] = line.split(' ');
      const before = acked.get(key);
      if (before && before !== id) fail(new Error(`${key} acknowledged as ${before} and then as ${id}`));
      acked.set(key, id);
      last = Math.max(last, Number(key.slice('crash-'.length)));
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), 20 + Math.floor(Math.random() * 400));
      }
    });
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? done({ last, signal }) : fail(new Error(`child exited ${code}: ${stderr}`))));
  });
}

describe('kill -9 while posting (SQLite, WAL, synchronous=FULL)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kawalis-crash-'));
    childCommand = [bundled('test/crash/crash-child.ts')];
    const p = await platform();
    const company = await createCompany(p, p.db, null, {
      name: 'Crash Co',
      baseCurrency: 'SAR',
      language: 'en',
      timeZone: 'UTC',
      workWeek: [1, 2, 3, 4, 5],
      fiscalYearStartMonth: 1,
    });
    await installDefaultChart(p.forCompany(company.id), {
      actor: cliActor(
        company.id,
        p.permissions.map((x) => x.key),
      ),
      clock: p.clock,
    });
    await p.database.close();
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    if (childCommand.length === 1) rmSync(childCommand[0], { force: true });
  });

  it(`keeps every acknowledged entry exactly once across ${CYCLES} SIGKILLs`, { timeout: 240_000 }, async () => {
    const acked = new Map<string, string>();
    let next = 0;
    let chainBefore = 0n;
    for (let i = 0; i < CYCLES; i++) {
      const { last } = await cycle(next, acked);
      // Retry from the first key whose answer was not seen: it may or may not have committed.
      next = last + 1;
      const p = await platform();
      try {
        const companyId = (
          (await p.db
            .selectFrom('company' as never)
            .select('id' as never)
            .executeTakeFirstOrThrow()) as { id: string }
        ).id;
        const db = p.forCompany(companyId);
        const rows = (await p.db
          .selectFrom('ledger_entry' as never)
          .select(['id', 'idempotency_key', 'status'] as never)
          .execute()) as { id: string; idempotency_key: string | null; status: string }[];
        const byKey = new Map<string, string[]>();
        for (const r of rows) if (r.idempotency_key) byKey.set(r.idempotency_key, [...(byKey.get(r.idempotency_key) ?? []), r.id]);
        for (const [key, id] of acked) expect(byKey.get(key), `${key} after cycle ${i}`).toEqual([id]);
        expect(rows.every((r) => r.status === 'posted')).toBe(true);
        const report = await verifyLedger(db);
        expect(report.failures).toEqual([]);
        const chain = (
          (await p.db
            .selectFrom('ledger_journal' as never)
            .select((eb) => eb.fn.sum('chain_length' as never).as('n'))
            .executeTakeFirstOrThrow()) as { n: bigint | number }
        ).n;
        expect(BigInt(chain)).toBeGreaterThanOrEqual(chainBefore);
        chainBefore = BigInt(chain);
      } finally {
        await p.database.close();
      }
    }
    expect(acked.size).toBeGreaterThan(CYCLES);
  });
});
