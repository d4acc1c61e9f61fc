import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis } from '../../../test/cli.ts';

let dataDir: string;
const kawalis = (args: string[], input = '') => runKawalis(dataDir, args, input);

describe('kawalis people appointment and people feed', () => {
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-appointments-cli-'));
    const setup = kawalis(
      ['setup', '--company', 'Acme', '--currency', 'SAR', '--language', 'en', '--time-zone', 'Asia/Riyadh', '--admin-email', 'a@acme.test'],
      'correct horse battery staple\n',
    );
    expect(setup.code, setup.stderr).toBe(0);
    const csv = join(dataDir, 'people.csv');
    writeFileSync(
      csv,
      'employeeNumber,nameEn,nameAr,hireDate,employmentType,workLocation,timeZone\nE-001,Omar Haddad,عمر حداد,2024-01-01,full_time,office,Europe/Berlin\nE-002,Sara Ali,سارة علي,2024-01-01,full_time,remote,Asia/Riyadh\n',
    );
    expect(kawalis(['people', 'import', csv]).stdout).toMatch(/imported 2 employees/);
  }, 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finds slots, schedules, refuses a conflict unless overridden with a reason, lists and cancels', () => {
    // a Monday in January 2027: Berlin 09–17 (UTC+1) and Riyadh 09–17 (UTC+3) meet 08:00–14:00 UTC
    const slots = kawalis(['people', 'appointment', 'slots', '--attendees', 'E-001,E-002', '--from', '2027-01-04', '--to', '2027-01-04']);
    expect(slots.code, slots.stderr).toBe(0);
    expect(slots.stdout).toMatch(/2027-01-04T08:00:00.000Z\s+2027-01-04T09:00:00.000Z/);
    expect(slots.stdout).toMatch(/page 1, 11 of 11/);
    const at = ['--start', '2027-01-04T09:00:00Z', '--end', '2027-01-04T10:00:00Z'];
    const first = kawalis(['people', 'appointment', 'schedule', '--title', 'مقابلة عمل', '--kind', 'interview', '--attendees', 'E-001,E-002', ...at]);
    expect(first.code, first.stderr).toBe(0);
    const id = /appointment (\S+) scheduled/.exec(first.stdout)?.[1] as string;
    const clash = kawalis(['people', 'appointment', 'schedule', '--title', 'Review', '--attendees', 'E-001', ...at]);
    expect(clash.code).toBe(1);
    expect(clash.stderr).toMatch(/conflict/);
    expect(
      kawalis(['people', 'appointment', 'schedule', '--title', 'Review', '--attendees', 'E-001', ...at, '--override', '--reason', 'CEO only then']).code,
    ).toBe(0);
    const list = kawalis(['people', 'appointment', 'list', '--employee', 'E-002']);
    expect(list.stdout).toContain('مقابلة عمل');
    expect(list.stdout).toMatch(/Omar Haddad \(pending, 4 Jan 2027, 10:00 Europe\/Berlin\)/);
    expect(list.stdout).toMatch(/page 1, 1 of 1/);
    expect(kawalis(['people', 'appointment', 'cancel', id]).stdout).toMatch(/cancelled/);
    expect(kawalis(['people', 'appointment', 'list']).stdout).toMatch(/page 1, 1 of 1/);
  }, 300_000);

  it('creates and revokes a user’s feed URL', () => {
    const created = kawalis(['people', 'feed', 'create', '--user', 'a@acme.test']);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/\/api\/v1\/people\/feed\/kcf_[A-Za-z0-9_-]{43}\.ics/);
    expect(kawalis(['people', 'feed', 'revoke', '--user', 'a@acme.test']).stdout).toMatch(/feed revoked/);
    expect(kawalis(['people', 'feed', 'create', '--user', 'nobody@acme.test']).code).toBe(1);
  }, 180_000);
});
