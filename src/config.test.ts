import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'kawalis-config-'));

  it('defaults to SQLite under DATA_DIR and port 3000', () => {
    const dir = dataDir();
    const c = loadConfig({ DATA_DIR: dir });
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toBe(`sqlite:${join(dir, 'kawalis.db')}`);
    expect(c.PUBLIC_URL).toBe('http://localhost:3000');
  });

  it('refuses to start on an invalid value, naming the variable', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: '70000' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), KAWALIS_SECRET_KEY: 'short' })).toThrow(/KAWALIS_SECRET_KEY/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), PUBLIC_URL: 'ftp://x' })).toThrow(/PUBLIC_URL/);
  });

  it('generates the secret key once, readable by the owner only', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).secretKey;
    const again = loadConfig({ DATA_DIR: dir }).secretKey;
    expect(first.equals(again)).toBe(true);
    expect(first.length).toBe(32);
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'secret.key'), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes KAWALIS_SECRET_KEY from the environment when given', () => {
    const key = 'ab'.repeat(32);
    expect(loadConfig({ DATA_DIR: dataDir(), KAWALIS_SECRET_KEY: key }).secretKey.toString('hex')).toBe(key);
  });
});
