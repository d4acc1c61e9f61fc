import { z } from 'zod';
import type { Mailer } from './mailer.ts';
import type { NotificationEmailPayload } from './notify-user.ts';

const payloadSchema = z.object({
  notificationId: z.string(),
  to: z.email(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
}) satisfies z.ZodType<NotificationEmailPayload>;

/** The e-mail's text: the notification's body and, when it has a link, the full address to open. */
export function emailText(p: NotificationEmailPayload, publicUrl: string): string {
  if (!p.link) return p.body;
  return `${p.body}\n\n${publicUrl.replace(/\/$/, '')}${p.link}`;
}

/**
 * The `notification.email` job: send one notification by e-mail. Without a mailer (SMTP_URL was
 * removed after the job was queued) it throws, so the job retries and ends failed with the reason.
 */
export async function sendNotificationEmail(mailer: Mailer | undefined, payload: unknown, opts: { publicUrl: string }): Promise<void> {
  if (!mailer) throw new Error('E-mail is not configured (SMTP_URL is not set)');
  const p = payloadSchema.parse(payload);
  await mailer.send({ to: p.to, subject: p.title, text: emailText(p, opts.publicUrl) });
}
