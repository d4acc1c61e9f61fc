import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundled } from '../../../test/bundle.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
let dataDir: string;

/** `kawalis …` as a child process, on a SQLite database in a temporary DATA_DIR. */
function kawalis(args: string[], opts: { input?: string; dir?: string } = {}) {
  const { DATABASE_URL: _u, KAWALIS_SECRET_KEY: _k, ...env } = process.env;
  const r = spawnSync(process.execPath, [bundled('src/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...env, DATA_DIR: opts.dir ?? dataDir, LOG_LEVEL: 'silent' },
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const emailsIn = (dir: string) => {
  const db = new Sqlite(join(dir, 'kawalis.db'), { readonly: true });
  try {
    return (db.prepare('select email from app_user order by email').all() as { email: string }[]).map((r) => r.email);
  } finally {
    db.close();
  }
};

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kawalis-cli-backup-'));
  expect(kawalis(['demo']).code).toBe(0);
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('kawalis backup / restore / audit verify', () => {
  it('backs up, then restores into another installation with the same users and a verified chain', () => {
    const file = join(dataDir, 'backup.db');
    const b = kawalis(['backup', file]);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/backup written/);
    expect(b.stderr).toMatch(/backup: 100%/);
    const other = join(dataDir, 'other');
    const r = kawalis(['restore', file], { dir: other });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/restored .* \(9 users\)/);
    expect(r.stdout).toMatch(/ok: \d+ events verified/);
    expect(emailsIn(other)).toEqual(emailsIn(dataDir));
    const v = kawalis(['audit', 'verify'], { dir: other });
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^ok: \d+ events verified$/m);
  });

  it('refuses a backup whose audit event was edited with raw SQL, naming the event', () => {
    const file = join(dataDir, 'backup.db');
    expect(kawalis(['backup', file]).code).toBe(0);
    const raw = new Sqlite(file);
    raw.exec('drop trigger audit_event_no_update');
    const victim = raw.prepare('select id, seq from audit_event order by seq limit 1 offset 4').get() as { id: string; seq: number };
    raw.prepare(`update audit_event set actor_label = 'someone else' where id = ?`).run(victim.id);
    raw.close();
    const r = kawalis(['restore', file], { dir: join(dataDir, 'other') });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(victim.id);
    expect(r.stderr).toContain(`seq ${victim.seq}`);
  });

  it('audit verify names the first bad event of the live database and exits 1', () => {
    const raw = new Sqlite(join(dataDir, 'kawalis.db'));
    raw.exec('drop trigger audit_event_no_update');
    const victim = raw.prepare('select id, seq from audit_event order by seq limit 1 offset 2').get() as { id: string; seq: number };
    raw.prepare(`update audit_event set at = '2000-01-01T00:00:00.000Z' where id = ?`).run(victim.id);
    raw.close();
    const v = kawalis(['audit', 'verify']);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(`FAILED: audit event ${victim.id} (seq ${victim.seq}): content does not match its hash`);
  });

  it('refuses to restore over a database another process has open', () => {
    const file = join(dataDir, 'backup.db');
    expect(kawalis(['backup', file]).code).toBe(0);
    const holder = new Sqlite(join(dataDir, 'kawalis.db'));
    holder.prepare('select 1').get();
    try {
      const r = kawalis(['restore', file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/in use/);
    } finally {
      holder.close();
    }
  });
});
