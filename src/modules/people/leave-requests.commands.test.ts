import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runKawalis } from '../../../test/cli.ts';

let dataDir: string;
const kawalis = (args: string[], input = '') => runKawalis(dataDir, args, input);
/** A command that must succeed; its error output in the failure message otherwise. */
const ok = (args: string[], input = '') => {
  const r = kawalis(args, input);
  expect(r.code, `kawalis ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
};

describe('kawalis people leave request / approve / reject / cancel / list', () => {
  // each command is a fresh process (a few seconds each on a busy machine)
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'kawalis-leave-cli-'));
    const setup = kawalis(
      ['setup', '--company', 'Acme', '--currency', 'SAR', '--language', 'en', '--time-zone', 'UTC', '--admin-email', 'a@acme.test'],
      'correct horse battery staple\n',
    );
    expect(setup.code).toBe(0);
    const csv = join(dataDir, 'people.csv');
    writeFileSync(
      csv,
      'employeeNumber,nameEn,nameAr,hireDate,employmentType,workLocation,timeZone\nE-001,Omar Haddad,عمر حداد,2020-01-01,full_time,office,Asia/Riyadh\n',
    );
    expect(ok(['people', 'import', csv])).toMatch(/imported 1 employees/);
    // leave types have no command yet: written as the web would, straight into the database
    const db = new Sqlite(join(dataDir, 'kawalis.db'));
    const company = (db.prepare('select id from company').get() as { id: string }).id;
    const now = new Date().toISOString();
    db.prepare('insert into people_leave_type (id, company_id, code, name_en, name_ar, allow_negative, created_at) values (?, ?, ?, ?, ?, 0, ?)').run(
      '0190a000-0000-7000-8000-000000000001',
      company,
      'annual',
      'Annual',
      'سنوية',
      now,
    );
    db.prepare(
      "insert into people_leave_policy (id, company_id, leave_type_id, employment_type, accrual, per_year, carry_over_cap, updated_at) values (?, ?, ?, 'all', 'yearly', 2100, null, ?)",
    ).run('0190a000-0000-7000-8000-000000000002', company, '0190a000-0000-7000-8000-000000000001', now);
    db.close();
  }, 300_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('requests, refuses an overlap naming the flag, approves, lists, cancels and rejects', () => {
    // two Mondays to Wednesdays well ahead (working days in either standard week)
    const first = kawalis(['people', 'leave', 'request', '--employee', 'E-001', '--type', 'annual', '--from', '2099-03-02', '--to', '2099-03-04']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/requested \S+ {2}E-001 {2}annual {2}2099-03-02\.\.2099-03-04 {2}3 day\(s\) {2}pending/);
    const id = first.stdout.split(/\s+/)[1] as string;
    const overlap = kawalis(['people', 'leave', 'request', '--employee', 'E-001', '--type', 'annual', '--from', '2099-03-04', '--to', '2099-03-04']);
    expect(overlap.code).toBe(1);
    expect(overlap.stderr).toMatch(/refused \(--from: overlap\)/);
    expect(ok(['people', 'leave', 'approve', id])).toMatch(/^approved .* 3 day\(s\) {2}approved/);
    expect(ok(['people', 'leave', 'list', '--status', 'approved'])).toMatch(/E-001 +Omar Haddad +annual +2099-03-02 +2099-03-04 +3 +approved/);
    expect(ok(['people', 'leave', 'cancel', id])).toMatch(/^cancelled /);
    const second = kawalis([
      'people',
      'leave',
      'request',
      '--employee',
      'E-001',
      '--type',
      'annual',
      '--from',
      '2099-03-09',
      '--to',
      '2099-03-09',
      '--afternoon-start',
    ]);
    expect(second.stdout).toMatch(/0\.5 day\(s\)/);
    const id2 = second.stdout.split(/\s+/)[1] as string;
    expect(ok(['people', 'leave', 'reject', id2, '--reason', 'Audit week'])).toMatch(/^rejected /);
  }, 600_000);
});
