import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { ManualClock } from '../clock.ts';
import { startJobWorker } from '../jobs/index.ts';
import type { Platform } from '../platform.ts';
import { NOTIFICATION_EMAIL_JOB, notificationsModule } from './index.ts';
import { ALICE, COMPANY_A, type NotificationsFixture, notificationsFixture } from './notifications.test-fixture.ts';
import { notifyUser } from './notify-user.ts';
import { emailText } from './send-notification-email.ts';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A local SMTP sink on 127.0.0.1 and a random port; plain SMTP, no auth. */
async function startSink(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Just enough MIME to read one single-part message: unfolded headers, RFC 2047 subject, base64 or QP body. */
function parseMessage(raw: string) {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const i = line.indexOf(':');
    headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const words = (v: string) =>
    v
      .replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
        enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
      )
      .trim();
  const qp = (s: string) =>
    Buffer.from(
      s.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  const body = rest.join('\r\n\r\n');
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? qp(body) : body;
  return {
    subject: words(headers.get('subject') ?? ''),
    to: headers.get('to'),
    contentType: headers.get('content-type'),
    text: text.replace(/\r\n/g, '\n').trim(),
  };
}

const ARABIC_BODY = 'تمت الموافقة على طلب الإجازة الخاص بك من ١ إلى ٥ مارس. نتمنى لك إجازة سعيدة!';

describe.each(DIALECTS)('notification e-mail through the job queue on %s', (dialect) => {
  let f: NotificationsFixture;
  let sink: Awaited<ReturnType<typeof startSink>>;
  beforeAll(async () => {
    f = await notificationsFixture(dialect);
    sink = await startSink();
  });
  afterAll(async () => {
    await sink.close();
    await f.t.destroy();
  });

  const workerFor = (config: Partial<Platform['config']>, clock: ManualClock) => {
    const platform = { config: { SMTP_FROM: 'Kawalis <kawalis@example.test>', PUBLIC_URL: 'https://kawalis.example.test', ...config } } as unknown as Platform;
    const handler = notificationsModule.jobs?.[NOTIFICATION_EMAIL_JOB];
    if (!handler) throw new Error('the notifications module registers no e-mail handler');
    return startJobWorker({
      db: f.t.db,
      clock,
      pollMs: 1000,
      autoStart: false,
      handlers: { [NOTIFICATION_EMAIL_JOB]: (ctx) => handler({ ...ctx, platform }) },
    });
  };

  it('sends the notification as UTF-8 mail to the recipient, with an absolute link', async () => {
    const clock = new ManualClock();
    const n = await notifyUser(
      f.forCompany(COMPANY_A),
      { clock, emailEnabled: true },
      { userId: ALICE, email: 'alice@example.test', title: 'تمت الموافقة على الإجازة', body: ARABIC_BODY, link: '/people/leave/42' },
    );
    const worker = workerFor({ SMTP_URL: sink.url }, clock);
    expect(await worker.runOnce()).toBe(1);
    expect(sink.received).toHaveLength(1);
    const [mail] = sink.received;
    expect(mail.to).toEqual(['alice@example.test']);
    expect(mail.from).toBe('kawalis@example.test');
    const msg = parseMessage(mail.raw);
    expect(msg.subject).toBe('تمت الموافقة على الإجازة');
    expect(msg.to).toBe('alice@example.test');
    expect(msg.contentType).toMatch(/charset=utf-8/i);
    expect(msg.text).toBe(`${ARABIC_BODY}\n\nhttps://kawalis.example.test/people/leave/42`);
    const job = await f.t.db
      .selectFrom('job')
      .select(['status', 'company_id'])
      .where('unique_key', '=', `notification.email:${n.id}`)
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ status: 'done', company_id: COMPANY_A });
  });

  it('fails the job with the reason when e-mail is no longer configured', async () => {
    const clock = new ManualClock();
    await f.t.db.deleteFrom('job').execute();
    await notifyUser(f.forCompany(COMPANY_A), { clock, emailEnabled: true }, { userId: ALICE, email: 'alice@example.test', title: 'x', body: 'y' });
    const worker = workerFor({}, clock);
    expect(await worker.runOnce()).toBe(1);
    const job = await f.t.db.selectFrom('job').select(['status', 'last_error']).executeTakeFirstOrThrow();
    expect(job).toEqual({ status: 'queued', last_error: 'Error: E-mail is not configured (SMTP_URL is not set)' });
  });
});

describe('emailText', () => {
  it('adds the full address of the link after the body', () => {
    const p = { notificationId: 'n', to: 'a@b.c', title: 't', body: 'Hello', link: '/x?y=1' };
    expect(emailText(p, 'https://k.example/')).toBe('Hello\n\nhttps://k.example/x?y=1');
    expect(emailText({ ...p, link: null }, 'https://k.example')).toBe('Hello');
  });
});
