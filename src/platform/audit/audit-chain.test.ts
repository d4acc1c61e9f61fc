import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../../test/dialects.ts';
import { allModules } from '../../modules.ts';
import { ManualClock } from '../clock.ts';
import { migrateAll } from '../db/migrator.ts';
import { hashEvent, redact } from './audit-hash.ts';
import { recordAudit, recordAudits } from './record-audit.ts';
import { verifyAuditChain } from './verify-audit-chain.ts';

describe.each(DIALECTS)('the audit chain on %s', (dialect) => {
  let t: TestDatabase;
  const clock = new ManualClock();
  const actor = { userId: null, label: 'test', companyId: null };
  beforeAll(async () => {
    t = await createTestDatabase(dialect);
    await migrateAll(t.db, allModules);
    for (let i = 0; i < 12; i++) await recordAudit(t.db, clock, actor, { action: `test.event_${i}`, summary: { i, password: 'hunter2' } });
  });
  afterAll(async () => t.destroy());

  it('verifies an untouched chain and keeps secrets out of summaries', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 12 });
    const rows = await t.db.selectFrom('audit_event').select('summary').execute();
    expect(rows.map((r) => r.summary).join()).not.toContain('hunter2');
  });

  it('appends a group of events under one lock, chained as if recorded one by one', async () => {
    const other = { userId: null, label: 'other', companyId: null, requestId: 'req-2' };
    const ids = await recordAudits(t.db, clock, [
      { actor, input: { action: 'test.group_a', summary: { token: 'secret-x' } } },
      { actor: other, input: { action: 'test.group_b' } },
      { actor: null, input: { action: 'test.group_c' } },
    ]);
    expect(ids).toHaveLength(3);
    expect(await recordAudits(t.db, clock, [])).toEqual([]);
    await recordAudit(t.db, clock, actor, { action: 'test.after_group' });
    const tail = await t.db.selectFrom('audit_event').select(['id', 'action', 'actor_label', 'summary']).orderBy('seq', 'desc').limit(4).execute();
    expect(tail.reverse().map((r) => r.action)).toEqual(['test.group_a', 'test.group_b', 'test.group_c', 'test.after_group']);
    expect(tail.slice(0, 3).map((r) => r.id)).toEqual(ids);
    expect(tail.map((r) => r.actor_label)).toEqual(['test', 'other', 'system', 'test']);
    expect(tail[0].summary).not.toContain('secret-x');
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 16 });
    // and inside a caller's transaction that rolls back, nothing stays
    await expect(
      t.db.transaction().execute(async (trx) => {
        await recordAudits(trx, clock, [{ actor, input: { action: 'test.rolled_back' } }]);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 16 });
  });

  it('writes a large group as multi-row INSERTs with the same rows, in chain order, as one by one', async () => {
    const before = await t.db.selectFrom('audit_event').select(['hash', 'seq']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    const count = (await t.db.selectFrom('audit_event').select('id').execute()).length;
    const actors = [actor, { userId: 'u-1', label: 'ann', companyId: 'c-1', requestId: 'r-1', ip: '10.0.0.1' }, null];
    // 1,201 events: two full statements of 500 rows and one of 201
    const events = Array.from({ length: 1201 }, (_, i) => ({
      actor: actors[i % 3],
      input: { action: `test.bulk_${i}`, targetType: i % 2 ? 'thing' : undefined, targetId: i % 2 ? `t-${i}` : undefined, summary: { i, secret: 'x' } },
    }));
    const ids = await recordAudits(t.db, clock, events);
    const rows = await t.db.selectFrom('audit_event').selectAll().where('seq', '>', before.seq).orderBy('seq').execute();
    expect(rows.map((r) => r.id)).toEqual(ids);
    let prev = before.hash;
    rows.forEach((r, i) => {
      const { actor: a, input } = events[i];
      // what recording the events one at a time wrote (the columns of the one-row INSERT it made)
      expect(r).toEqual({
        seq: r.seq,
        id: ids[i],
        company_id: a?.companyId ?? null,
        actor_id: a?.userId ?? null,
        actor_label: a?.label ?? 'system',
        action: input.action,
        target_type: input.targetType ?? null,
        target_id: input.targetId ?? null,
        at: clock.now().toISOString(),
        request_id: (a as { requestId?: string } | null)?.requestId ?? null,
        ip: (a as { ip?: string } | null)?.ip ?? null,
        summary: JSON.stringify({ i, secret: '[redacted]' }),
        prev_hash: prev,
        hash: hashEvent(r as Parameters<typeof hashEvent>[0]),
      });
      prev = r.hash;
    });
    expect(await verifyAuditChain(t.db, 700)).toEqual({ ok: true, checked: count + 1201 });
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    await expect(t.db.updateTable('audit_event').set({ action: 'x' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('audit_event').execute()).rejects.toThrow(/append-only/);
  });

  it('names exactly the event edited with raw SQL', async () => {
    const target = await t.db.selectFrom('audit_event').select(['id', 'seq']).where('action', '=', 'test.event_7').executeTakeFirstOrThrow();
    // An attacker with database rights drops the guard first.
    if (dialect === 'postgres') await sql`alter table audit_event disable trigger audit_event_append_only`.execute(t.db);
    else await sql`drop trigger audit_event_no_update`.execute(t.db);
    await sql`update audit_event set summary = '{"i":700}' where id = ${target.id}`.execute(t.db);
    const report = await verifyAuditChain(t.db, 5);
    expect(report.ok).toBe(false);
    expect(report.firstBad?.id).toBe(target.id);
    expect(report.checked).toBe(7);
  });

  it('cannot fork: a second event after the same predecessor is refused', async () => {
    const last = await t.db.selectFrom('audit_event').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    const { seq: _seq, ...copy } = last;
    await expect(
      t.db
        .insertInto('audit_event')
        .values({ ...copy, id: 'fork', hash: 'f'.repeat(64) })
        .execute(),
    ).rejects.toThrow();
  });
});

describe('redaction', () => {
  it('never lets a secret-named key through, at any depth', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('password', 'newPassword', 'token', 'totpSecret', 'iban', 'salary', 'recoveryCode'),
        fc.string(),
        fc.nat(4),
        (key, secret, depth) => {
          let value: Record<string, unknown> = { [key]: `S3CR3T${secret}` };
          for (let i = 0; i < depth; i++) value = { nested: value };
          return !JSON.stringify(redact(value)).includes('S3CR3T');
        },
      ),
    );
  });
});
