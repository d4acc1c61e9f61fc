import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the kawalis program', () => {
  it('keeps the data directory and every file it writes private to its owner', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'kawalis-main-')), 'data');
    execFileSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'migrate'], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' },
    });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(dataDir)) expect(statSync(join(dataDir, f)).mode & 0o077).toBe(0);
  });

  it('refuses to start on invalid configuration with a message naming the variable', () => {
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'migrate'], {
        env: { ...process.env, PORT: 'eighty', LOG_LEVEL: 'silent' },
        stdio: 'pipe',
      });
    } catch (e) {
      stderr = String((e as { stderr: Buffer }).stderr);
      expect((e as { status: number }).status).toBe(78);
    }
    expect(stderr).toMatch(/PORT/);
  });
});
