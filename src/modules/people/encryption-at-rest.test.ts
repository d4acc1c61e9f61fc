import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { employeeBody, peopleFixture, SECRET } from './people.fixture.ts';
import { PEOPLE_COMPANY_TABLES } from './people.tables.ts';

/** Security item 24: a raw dump of every People table holds none of the sensitive values in plain text. */
describe.each(DIALECTS)('People data at rest on %s', (dialect) => {
  let ctx: TestApp;
  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    ctx = f.ctx;
    const created = await f.hr.post(
      '/api/v1/people/employees',
      employeeBody('E-100', { ...SECRET, compensation: { amount: '92750', currency: 'USD', basis: 'year' } }),
    );
    expect(created.status).toBe(201);
    await f.hr.post(`/api/v1/people/employees/${created.body.id}/compensation`, {
      effectiveDate: '2025-01-01',
      amount: '48000',
      currency: 'USD',
      basis: 'year',
      reason: 'Part time',
    });
    await f.hr.post('/api/v1/people/employees', employeeBody('E-101', { iban: 'DE89 3704 0044 0532 0130 00', nationalId: 'X7734-ID' }));
    await f.hr.post(`/api/v1/people/employees/${created.body.id}/reveal`);
  });
  afterAll(async () => ctx.close());

  it('stores national id, birth date, IBAN, pay, emergency contact and health notes only as ciphertext', async () => {
    const needles = [...Object.values(SECRET), 'DE89370400440532013000', 'X7734-ID', '9275000', '4800000', '92750', '48000'];
    const dump: string[] = [];
    for (const table of [...PEOPLE_COMPANY_TABLES, 'audit_event']) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(ctx.t.db);
      for (const row of rows.rows) for (const v of Object.values(row)) if (typeof v === 'string') dump.push(v);
    }
    expect(dump.length).toBeGreaterThan(20);
    const found = needles.filter((n) => dump.some((v) => v.includes(n)));
    expect(found).toEqual([]);
    const enc = await sql<{ iban_enc: string }>`select iban_enc from people_employee where employee_number = ${'E-100'}`.execute(ctx.t.db);
    expect(enc.rows[0]?.iban_enc).toMatch(/^v1\.[0-9a-f]{8}\./);
  });

  it('binds each ciphertext to its record: copied to another employee it does not decrypt', async () => {
    const rows = await sql<{ id: string; iban_enc: string | null }>`select id, iban_enc from people_employee order by employee_number`.execute(ctx.t.db);
    const [a, b] = rows.rows;
    if (!a || !b || !a.iban_enc) throw new Error('fixture');
    expect(() => ctx.p.secrets.decrypt(a.iban_enc as string, `people.iban_enc:${b.id}`)).toThrow();
    expect(ctx.p.secrets.decrypt(a.iban_enc, `people.iban_enc:${a.id}`)).toBe(SECRET.iban);
  });

  it('refuses to change or delete history rows in the database itself', async () => {
    await expect(sql`update people_compensation set currency = 'EUR'`.execute(ctx.t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from people_job`.execute(ctx.t.db)).rejects.toThrow(/append-only/);
  });
});
