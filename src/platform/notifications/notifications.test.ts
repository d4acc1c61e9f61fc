import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { ManualClock } from '../clock.ts';
import { countUnread } from './count-unread.ts';
import { listNotifications } from './list-notifications.ts';
import { markAllRead } from './mark-all-read.ts';
import { markRead } from './mark-read.ts';
import { ALICE, BOB, COMPANY_A, COMPANY_B, type NotificationsFixture, notificationsFixture } from './notifications.test-fixture.ts';
import { notifyUser } from './notify-user.ts';

describe.each(DIALECTS)('notifications on %s', (dialect) => {
  let f: NotificationsFixture;
  let clock: ManualClock;
  beforeAll(async () => {
    f = await notificationsFixture(dialect);
  });
  afterAll(async () => f.t.destroy());
  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-01-15T09:00:00Z'));
    await f.t.db.deleteFrom('notification').execute();
    await f.t.db.deleteFrom('job').execute();
  });

  const say = (company: string, userId: string, title: string, extra: { email?: string; link?: string } = {}, emailEnabled = false) => {
    clock.advance(1000);
    return notifyUser(f.forCompany(company), { clock, emailEnabled }, { userId, title, body: `${title} body`, ...extra });
  };

  it('stores an in-app notification and queues an e-mail only when a mailer is configured and the address is known', async () => {
    const a = f.forCompany(COMPANY_A);
    const n1 = await say(COMPANY_A, ALICE, 'No mailer', { email: 'alice@example.com' }, false);
    expect(n1).toMatchObject({ company_id: COMPANY_A, user_id: ALICE, title: 'No mailer', read_at: null, created_at: '2026-01-15T09:00:01.000Z' });
    await say(COMPANY_A, ALICE, 'No address', {}, true);
    const n3 = await say(COMPANY_A, ALICE, 'فاتورة مستحقة', { email: 'alice@example.com', link: '/invoices/1' }, true);
    const jobs = await f.t.db.selectFrom('job').selectAll().execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ kind: 'notification.email', company_id: COMPANY_A, status: 'queued', unique_key: `notification.email:${n3.id}` });
    expect(JSON.parse(jobs[0].payload)).toEqual({
      notificationId: n3.id,
      to: 'alice@example.com',
      title: 'فاتورة مستحقة',
      body: 'فاتورة مستحقة body',
      link: '/invoices/1',
    });
    expect(await countUnread(a, { userId: ALICE })).toBe(3);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const a = f.forCompany(COMPANY_A);
    await expect(
      a.transaction().execute(async (trx) => {
        await notifyUser(trx as never, { clock, emailEnabled: true }, { userId: ALICE, email: 'alice@example.com', title: 'T', body: 'B' });
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(await f.t.db.selectFrom('notification').select('id').execute()).toEqual([]);
    expect(await f.t.db.selectFrom('job').select('id').execute()).toEqual([]);
  });

  it('refuses links that leave Kawalis and empty titles', async () => {
    const a = f.forCompany(COMPANY_A);
    for (const link of ['//evil.example/x', 'https://evil.example/', 'javascript:alert(1)']) {
      await expect(notifyUser(a, { clock, emailEnabled: false }, { userId: ALICE, title: 'x', body: '', link })).rejects.toMatchObject({ code: 'VALIDATION' });
    }
    await expect(notifyUser(a, { clock, emailEnabled: false }, { userId: ALICE, title: '  ', body: '' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it("lists only the user's own notifications in the acting company, newest first, paginated", async () => {
    for (let i = 1; i <= 5; i++) await say(COMPANY_A, ALICE, `A${i}`);
    await say(COMPANY_A, BOB, 'for bob');
    await say(COMPANY_B, ALICE, 'other company');
    const a = f.forCompany(COMPANY_A);
    const p1 = await listNotifications(a, { userId: ALICE, page: 1, pageSize: 2 });
    expect(p1).toMatchObject({ page: 1, pageSize: 2, total: 5 });
    expect(p1.items.map((n) => n.title)).toEqual(['A5', 'A4']);
    expect(Object.keys(p1.items[0]).sort()).toEqual(['body', 'createdAt', 'id', 'link', 'readAt', 'title']);
    const p3 = await listNotifications(a, { userId: ALICE, page: 3, pageSize: 2 });
    expect(p3.items.map((n) => n.title)).toEqual(['A1']);
    expect((await listNotifications(f.forCompany(COMPANY_B), { userId: ALICE })).items.map((n) => n.title)).toEqual(['other company']);
    expect((await listNotifications(a, { userId: BOB })).total).toBe(1);
  });

  it("marks one read (only the user's own), filters unread, and marks all read", async () => {
    const a = f.forCompany(COMPANY_A);
    const first = await say(COMPANY_A, ALICE, 'first');
    const second = await say(COMPANY_A, ALICE, 'second');
    const bobs = await say(COMPANY_A, BOB, 'bob');
    const elsewhere = await say(COMPANY_B, ALICE, 'elsewhere');

    clock.set(new Date('2026-01-16T10:00:00Z'));
    await markRead(a, { clock, userId: ALICE, id: first.id });
    clock.advance(60_000);
    await markRead(a, { clock, userId: ALICE, id: first.id }); // again: the first read time stays
    const unread = await listNotifications(a, { userId: ALICE, unreadOnly: true });
    expect(unread.items.map((n) => n.id)).toEqual([second.id]);
    expect(unread.total).toBe(1);
    const all = await listNotifications(a, { userId: ALICE });
    expect(all.items.find((n) => n.id === first.id)?.readAt).toBe('2026-01-16T10:00:00.000Z');

    // Another user's notification, another company's, and a made-up id all look the same: not found.
    for (const id of [bobs.id, elsewhere.id, '01900000-0000-7000-8000-000000000000']) {
      await expect(markRead(a, { clock, userId: ALICE, id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await countUnread(a, { userId: BOB })).toBe(1);

    expect(await markAllRead(a, { clock, userId: ALICE })).toBe(1);
    expect(await countUnread(a, { userId: ALICE })).toBe(0);
    expect(await countUnread(a, { userId: BOB })).toBe(1);
    expect(await countUnread(f.forCompany(COMPANY_B), { userId: ALICE })).toBe(1);
  });
});
