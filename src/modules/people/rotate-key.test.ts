import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, TestApp } from '../../../test/app-fixture.ts';
import { DIALECTS } from '../../../test/dialects.ts';
import { cliActor } from '../../platform/auth/actor.ts';
import { createSecretBox, keyIdOf } from '../../platform/crypto/secret-box.ts';
import { employeeBody, peopleFixture, SECRET } from './people.fixture.ts';
import type { PeopleCall } from './people-db.ts';
import { rotatePeopleKey } from './rotate-key.ts';

const OLD_KEY = Buffer.alloc(32, 7); // the test platform's key
const NEW_KEY = Buffer.alloc(32, 9);
const ENCRYPTED = {
  people_employee: ['national_id_enc', 'birth_date_enc', 'iban_enc', 'emergency_contact_enc', 'health_notes_enc'],
  people_compensation: ['amount_enc'],
  people_change_request: ['sensitive_enc'],
} as const;

describe.each(DIALECTS)('kawalis people rotate-key on %s', (dialect) => {
  let ctx: TestApp;
  let hr: Browser;
  let companyId: string;
  beforeAll(async () => {
    const f = await peopleFixture(dialect);
    ({ ctx, hr } = f);
    for (let i = 1; i <= 7; i++) {
      const res = await hr.post(
        '/api/v1/people/employees',
        employeeBody(`E-${i}`, {
          ...SECRET,
          nationalId: `ID-${i}`,
          userId: i === 1 ? f.employeeUser.id : undefined,
          compensation: { amount: `${1000 + i}`, currency: 'USD', basis: 'month' },
        }),
      );
      expect(res.status).toBe(201);
    }
    expect((await f.employee.post('/api/v1/people/me/change-requests', { changes: { emergencyContact: 'طوارئ 0500' } })).status).toBe(201);
    companyId = (await ctx.t.db.selectFrom('company').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => ctx.close());

  const allValues = async () => {
    const out: { table: string; column: string; id: string; stored: string }[] = [];
    for (const [table, columns] of Object.entries(ENCRYPTED)) {
      const rows = (await ctx.t.db
        .selectFrom(table as never)
        .selectAll()
        .execute()) as Record<string, string | null>[];
      for (const r of rows) for (const column of columns) if (r[column]) out.push({ table, column, id: r.id as string, stored: r[column] as string });
    }
    return out;
  };

  it('re-encrypts every value under the new key id, resumes after an interruption, and audits each run', async () => {
    const oldId = createSecretBox(OLD_KEY).keyId;
    const before = await allValues();
    expect(before.length).toBe(7 * 5 + 7 + 1);
    expect(new Set(before.map((v) => keyIdOf(v.stored)))).toEqual(new Set([oldId]));
    const secrets = createSecretBox(NEW_KEY, [OLD_KEY]);
    const call: PeopleCall = { actor: cliActor(companyId, []), clock: ctx.clock, secrets };
    const db = ctx.p.forCompany(companyId);
    // stop after the second batch (as a crash would): what committed stays rotated
    let batches = 0;
    await expect(
      rotatePeopleKey(db, call, {
        batchSize: 2,
        onProgress: (p) => {
          if (p.done > 0 && ++batches === 2) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    const halfway = await allValues();
    expect(halfway.filter((v) => keyIdOf(v.stored) === secrets.keyId).length).toBe(4 * 5);
    const progress: number[] = [];
    const result = await rotatePeopleKey(db, call, { batchSize: 2, onProgress: (p) => progress.push(p.total) });
    expect(result).toMatchObject({ rows: 3 + 7 + 1, keyId: secrets.keyId, fromKeyIds: [oldId] });
    expect(progress[0]).toBe(3 + 7 + 1);
    const after = await allValues();
    expect(after.filter((v) => keyIdOf(v.stored) === oldId)).toEqual([]);
    // the new key alone (no previous key) reads every value, and the values are unchanged
    const newOnly = createSecretBox(NEW_KEY);
    const old = createSecretBox(OLD_KEY);
    const ctxOf = (v: { table: string; column: string; id: string }) =>
      v.table === 'people_employee'
        ? `people.${v.column}:${v.id}`
        : v.table === 'people_compensation'
          ? `people.people_compensation.amount:${v.id}`
          : `people.change_request.sensitive:${v.id}`;
    for (const v of after) {
      const was = before.find((b) => b.table === v.table && b.column === v.column && b.id === v.id);
      expect(newOnly.decrypt(v.stored, ctxOf(v))).toBe(old.decrypt(was?.stored as string, ctxOf(v)));
    }
    // a third run has nothing left to do
    expect((await rotatePeopleKey(db, call)).rows).toBe(0);
    const audits = await ctx.t.db.selectFrom('audit_event').select('summary').where('action', '=', 'people.key_rotated').execute();
    expect(audits.map((a) => JSON.parse(a.summary as string).rows)).toEqual([11, 0]);
    // the pay history is still append-only for every other column
    await expect(
      ctx.t.db
        .updateTable('people_compensation' as never)
        .set({ reason: 'x' } as never)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(ctx.t.db.deleteFrom('people_compensation' as never).execute()).rejects.toThrow(/append-only/);
  });
});
