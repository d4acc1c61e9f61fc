/**
 * What the module benchmarks share: a platform booted on a fresh SQLite file or PostgreSQL database
 * with one company set up through the real setup route, wall + CPU timing, medians and a seeded random
 * generator. Each bench prints its own JSON lines.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { allModules } from '../src/modules.ts';
import { cliActor } from '../src/platform/auth/actor.ts';
import { bootPlatform } from '../src/platform/boot.ts';
import { createApp } from '../src/platform/http/create-app.ts';
import type { Platform } from '../src/platform/platform.ts';

export type BenchDialect = 'sqlite' | 'postgres';

export function benchDialect(value: string | undefined): BenchDialect {
  if (value !== 'sqlite' && value !== 'postgres') throw new Error('--dialect is sqlite or postgres');
  return value;
}

/** Mulberry32: the same numbers for the same seed, so every run generates the same data. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Wall and CPU milliseconds of a step (one decimal). CPU is this process's only: PostgreSQL's own work
 * shows in the wall time alone; on a shared machine compare CPU time.
 */
export async function timed<T>(step: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const c = process.cpuUsage();
  const t = performance.now();
  const value = await step();
  const used = process.cpuUsage(c);
  return { value, ms: Math.round((performance.now() - t) * 10) / 10, cpuMs: Math.round((used.user + used.system) / 100) / 10 };
}

/** The median wall and CPU time of `runs` runs after one warm-up run. */
export async function medianOf(step: () => Promise<unknown>, runs: number): Promise<{ ms: number; cpuMs: number }> {
  await step();
  const all: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < runs; i++) all.push(await timed(step));
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { ms: mid(all.map((r) => r.ms)), cpuMs: mid(all.map((r) => r.cpuMs)) };
}

export type BenchPlatform = {
  p: Platform;
  app: ReturnType<typeof createApp>;
  companyId: string;
  db: ReturnType<Platform['forCompany']>;
  actor: ReturnType<typeof cliActor>;
  /** The bench's own temporary folder (the SQLite file lives here); removed by close(). */
  dir: string;
  close(): Promise<void>;
};

/** Boots Kawalis on a fresh database and sets up "Bench Co" (SAR, Asia/Riyadh) with an admin. */
export async function benchPlatform(name: string, dialect: BenchDialect): Promise<BenchPlatform> {
  const dir = mkdtempSync(join(tmpdir(), `kawalis-bench-${name}-`));
  const adminUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = dialect === 'postgres' ? `kawalis_bench_${name}_${process.pid}` : undefined;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(sql);
    await c.end();
  };
  if (dbName) await admin(`create database ${dbName}`);
  const config = loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://127.0.0.1',
    ...(dbName ? { DATABASE_URL: adminUrl.replace(/\/[^/]*$/, `/${dbName}`) } : {}),
  });
  const p = await bootPlatform(config, { modules: allModules });
  const close = async () => {
    await p.database.close();
    rmSync(dir, { recursive: true, force: true });
    if (dbName) await admin(`drop database if exists ${dbName} with (force)`);
  };
  try {
    const app = createApp(p);
    const setup = await app.request('/api/v1/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        company: { name: 'Bench Co', baseCurrency: 'SAR', language: 'en', timeZone: 'Asia/Riyadh' },
        admin: { email: 'bench@bench.example', displayName: 'Bench', password: 'bench password that is long enough' },
      }),
    });
    if (setup.status !== 201) throw new Error(`setup: ${setup.status} ${await setup.text()}`);
    return { p, app, ...(await firstCompany(p)), dir, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/** The (only) company of a bench database, its scoped handle and an actor holding every permission. */
export async function firstCompany(p: Platform) {
  const { id: companyId } = (await p.db
    .selectFrom('company' as never)
    .select('id' as never)
    .executeTakeFirstOrThrow()) as { id: string };
  const actor = cliActor(
    companyId,
    p.permissions.map((x) => x.key),
  );
  return { companyId, db: p.forCompany(companyId), actor };
}

/** Kawalis booted on a folder kept by an earlier `BENCH_KEEP=1` run (or its PostgreSQL database): nothing built. */
export async function keptPlatform(dir: string, databaseUrl?: string) {
  const p = await bootPlatform(
    loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://127.0.0.1', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) }),
    { modules: allModules },
  );
  return { p, ...(await firstCompany(p)), dir, close: () => p.database.close() };
}

/**
 * PostgreSQL plans from statistics. In production autovacuum's ANALYZE follows a bulk load; the
 * machine's test server runs with autovacuum off, so a bench that just loaded its data would time
 * plans made for empty tables (the banking bench's ledger read: a nested loop and a sort on disk,
 * ~1.9 s, instead of a hash join, ~0.4 s). The benches therefore ANALYZE once their data is in, and
 * print how long it took. SQLite keeps no statistics here: nothing to do.
 */
export async function analyzeAfterLoad(p: Platform, dialect: BenchDialect): Promise<{ ms: number } | undefined> {
  if (dialect !== 'postgres') return undefined;
  const t0 = performance.now();
  await sql`analyze`.execute(p.db);
  return { ms: Math.round(performance.now() - t0) };
}
