import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { allModules } from '../../modules.ts';
import { setupKawalis } from '../auth/setup.ts';
import { bootPlatform } from '../boot.ts';
import type { Platform } from '../platform.ts';
import { backupDatabase } from './backup-database.ts';
import { restoreDatabase } from './restore-database.ts';
import { BackupError } from './sqlite-files.ts';

let dir: string;
let p: Platform;

async function boot(dataDir: string): Promise<Platform> {
  return bootPlatform(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { modules: allModules });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kawalis-backup-'));
  p = await boot(join(dir, 'live'));
  await setupKawalis(p, {
    company: { name: 'Acme', baseCurrency: 'SAR', language: 'en', timeZone: 'Asia/Riyadh', workWeek: [0, 1, 2, 3, 4], fiscalYearStartMonth: 1 },
    admin: { email: 'admin@acme.example', displayName: 'Admin', password: 'correct horse battery staple' },
  });
});

afterEach(async () => {
  await p.database.close().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
});

const otherUrl = () => `sqlite:${join(dir, 'other', 'kawalis.db')}`;

describe('backupDatabase', () => {
  it('writes one self-contained file, readable by its owner only, while the database stays open', async () => {
    const progress: number[] = [];
    const result = await backupDatabase(p.database, join(dir, 'b.db'), { onProgress: (x) => progress.push(x.percent) });
    expect(progress.at(-1)).toBe(100);
    expect(statSync(result.file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${result.file}-wal`)).toBe(false);
    await expect(backupDatabase(p.database, join(dir, 'b.db'))).rejects.toThrow(/already exists/);
  });

  it('refuses PostgreSQL with a pointer to pg_dump', async () => {
    await expect(backupDatabase({ dialect: 'postgres' }, join(dir, 'b.db'))).rejects.toThrow(/pg_dump/);
  });
});

describe('restoreDatabase', () => {
  it('gives a database with the same users and a chain that verifies', async () => {
    const file = (await backupDatabase(p.database, join(dir, 'b.db'))).file;
    const report = await restoreDatabase({ source: file, databaseUrl: otherUrl() });
    expect(report.source.ok).toBe(true);
    expect(report.restored).toEqual({ ok: true, checked: report.source.checked });
    expect(report.users).toBe(1);
    const restored = new Sqlite(join(dir, 'other', 'kawalis.db'), { readonly: true });
    expect(restored.prepare('select email from app_user').all()).toEqual([{ email: 'admin@acme.example' }]);
    restored.close();
  });

  it('refuses a backup whose audit event was edited with raw SQL, naming the event, and leaves the target alone', async () => {
    const file = (await backupDatabase(p.database, join(dir, 'b.db'))).file;
    const raw = new Sqlite(file);
    raw.exec('drop trigger audit_event_no_update');
    const victim = raw.prepare('select id from audit_event order by seq limit 1 offset 1').get() as { id: string };
    raw.prepare(`update audit_event set summary = '{}' where id = ?`).run(victim.id);
    raw.close();
    const error = await restoreDatabase({ source: file, databaseUrl: otherUrl() }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toContain(victim.id);
    expect((error as Error).message).toMatch(/seq 2\b.*content does not match its hash/);
    expect(existsSync(join(dir, 'other', 'kawalis.db'))).toBe(false);
  });

  it('refuses a file that is not a Kawalis database', async () => {
    const other = new Sqlite(join(dir, 'plain.db'));
    other.exec('create table t (x)');
    other.close();
    await expect(restoreDatabase({ source: join(dir, 'plain.db'), databaseUrl: otherUrl() })).rejects.toThrow(/not a Kawalis database/);
  });

  it('refuses while another process or connection has the target open, and keeps the replaced file', async () => {
    const file = (await backupDatabase(p.database, join(dir, 'b.db'))).file;
    await expect(restoreDatabase({ source: file, databaseUrl: p.config.DATABASE_URL })).rejects.toThrow(/in use/);
    await p.database.close();
    const report = await restoreDatabase({ source: file, databaseUrl: p.config.DATABASE_URL });
    expect(report.restored.ok).toBe(true);
    expect(report.previous && existsSync(report.previous)).toBe(true);
    p = await boot(join(dir, 'live'));
  });

  it('refuses PostgreSQL with a pointer to pg_restore', async () => {
    await expect(restoreDatabase({ source: join(dir, 'b.db'), databaseUrl: 'postgres://localhost/x' })).rejects.toThrow(/pg_restore/);
  });
});
