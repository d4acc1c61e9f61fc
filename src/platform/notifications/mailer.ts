import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export interface MailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (TLS from the start). */
  url: string;
  /** The From header, e.g. `Kawalis <kawalis@example.com>`. */
  from: string;
}

/** A mailer over SMTP. Messages are UTF-8 throughout, so Arabic subjects and bodies arrive intact. */
export function createMailer(opts: MailerOptions): Mailer {
  if (!/^smtps?:\/\//.test(opts.url)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const transport = nodemailer.createTransport(opts.url) as nodemailer.Transporter<SMTPTransport.SentMessageInfo>;
  return {
    async send(m) {
      const info = await transport.sendMail({ from: opts.from, to: m.to, subject: m.subject, text: m.text, textEncoding: 'base64' });
      if (info.rejected.length > 0) throw new Error(`SMTP server rejected ${info.rejected.join(', ')}`);
    },
    close: () => transport.close(),
  };
}

const cache = new Map<string, Mailer>();

/**
 * The process's mailer for this configuration, made once and reused (one connection pool per
 * process), or undefined when SMTP_URL is not set and e-mail is off.
 */
export function mailerFromConfig(config: { SMTP_URL?: string; SMTP_FROM: string }): Mailer | undefined {
  if (!config.SMTP_URL) return undefined;
  const key = `${config.SMTP_URL}\n${config.SMTP_FROM}`;
  let mailer = cache.get(key);
  if (!mailer) {
    mailer = createMailer({ url: config.SMTP_URL, from: config.SMTP_FROM });
    cache.set(key, mailer);
  }
  return mailer;
}
