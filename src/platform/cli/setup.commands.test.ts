import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundled } from '../../../test/bundle.ts';
import { loadConfig } from '../../config.ts';
import { allModules } from '../../modules.ts';
import { login } from '../auth/login.ts';
import { bootPlatform } from '../boot.ts';
import { loadDemoIfEmpty } from './demo.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const PASSWORD = 'correct horse battery staple';
let dataDir: string;

/** `kawalis …` as a child process, on a SQLite database in a temporary DATA_DIR. */
function kawalis(args: string[], input?: string) {
  const { DATABASE_URL: _u, KAWALIS_SECRET_KEY: _k, ...env } = process.env;
  const r = spawnSync(process.execPath, [bundled('src/main.ts'), ...args], {
    cwd: ROOT,
    env: { ...env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
    input: input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const withPlatform = async <T>(fn: (p: Awaited<ReturnType<typeof bootPlatform>>) => Promise<T>) => {
  const p = await bootPlatform(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { modules: allModules });
  try {
    return await fn(p);
  } finally {
    await p.database.close();
  }
};

const setupArgs = [
  'setup',
  '--company',
  'Acme',
  '--currency',
  'SAR',
  '--language',
  'ar',
  '--time-zone',
  'Asia/Riyadh',
  '--work-week',
  '0,1,2,3,4',
  '--admin-email',
  'Admin@Acme.example',
];

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kawalis-cli-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('kawalis setup', () => {
  it('takes the password from a file; the administrator can then sign in', async () => {
    const file = join(dataDir, 'pw');
    writeFileSync(file, `${PASSWORD}\n`, { mode: 0o600 });
    const r = kawalis([...setupArgs, '--admin-password-file', file]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/set up: company "Acme".*admin@acme\.example/);
    expect(r.stdout).not.toContain(PASSWORD);
    await withPlatform(async (p) => {
      const session = await login(p, { email: 'admin@acme.example', password: PASSWORD });
      expect(session.stage).toBe('full');
      await expect(login(p, { email: 'admin@acme.example', password: `${PASSWORD}\n` })).rejects.toThrow(/Wrong email or password/);
    });
  });

  it('takes the password from standard input, and refuses a second setup', async () => {
    expect(kawalis(setupArgs, `${PASSWORD}\n`).code).toBe(0);
    await withPlatform(async (p) => expect((await login(p, { email: 'admin@acme.example', password: PASSWORD })).stage).toBe('full'));
    const again = kawalis([...setupArgs.slice(0, 2), 'Other', ...setupArgs.slice(3)], `${PASSWORD}\n`);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already set up/);
  });

  it('names each invalid field by its flag, and the password policy', () => {
    const bad = kawalis(
      ['setup', '--company', 'Acme', '--currency', 'sar', '--language', 'en', '--time-zone', 'Mars/Olympus', '--admin-email', 'nope'],
      `${PASSWORD}\n`,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--currency: Three upper-case letters/);
    expect(bad.stderr).toMatch(/--time-zone: Unknown IANA time zone/);
    expect(bad.stderr).toMatch(/--admin-email: /);
    const weak = kawalis(setupArgs, 'short\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/admin password \(--admin-password-file or standard input\): Must be 8 to 128/);
    expect(kawalis([...setupArgs.slice(0, -2), '--work-week', '1,9', ...setupArgs.slice(-2)], PASSWORD).stderr).toMatch(/--work-week/);
  });
});

describe('kawalis demo', () => {
  it('creates 9 users, printing each one-time password exactly once; refuses a non-empty database', async () => {
    const r = kawalis(['demo']);
    expect(r.code).toBe(0);
    const passwords = (r.stdout.match(/\b[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}-[a-z2-9]{5}\b/g) ?? []) as string[];
    expect(passwords).toHaveLength(9);
    expect(new Set(passwords).size).toBe(9);
    expect(r.stdout).toContain('شركة كواليس التجريبية للتجارة');
    const emails = (r.stdout.match(/[\w-]+@demo\.kawalis\.example/g) ?? []) as string[];
    expect(emails).toHaveLength(9);
    await withPlatform(async (p) => {
      const first = await login(p, { email: emails[0], password: passwords[0] });
      expect(first.stage).toBe('full');
      const users = await p.db.selectFrom('app_user').select(['display_name', 'must_change_password']).execute();
      expect(users).toHaveLength(9);
      expect(users.every((u: { must_change_password: bigint }) => u.must_change_password === 1n)).toBe(true);
      expect(users.every((u: { display_name: string }) => /[A-Za-z].* \/ [\u0600-\u06FF]/.test(u.display_name))).toBe(true);
      const roles = await p.db.selectFrom('user_role').innerJoin('role', 'role.id', 'user_role.role_id').select('role.key').distinct().execute();
      expect(roles.map((x: { key: string }) => x.key).sort()).toEqual(['admin', 'analyst', 'employee', 'finance', 'front_office', 'hr', 'it', 'risk']);
      const company = await p.db.selectFrom('company').selectAll().executeTakeFirstOrThrow();
      expect(company).toMatchObject({ base_currency: 'SAR', time_zone: 'Asia/Riyadh', work_week: '[0,1,2,3,4]' });
      // serve --demo: nothing happens once anyone exists
      await loadDemoIfEmpty(p);
      expect(await p.db.selectFrom('app_user').select('id').execute()).toHaveLength(9);
    });
    const again = kawalis(['demo']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/not empty/);
  });
});
