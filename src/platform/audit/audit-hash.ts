import { createHash } from 'node:crypto';
import type { AuditEventTable } from './audit.tables.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** Every column of an event except its database sequence number and its own hash. */
export type HashableEvent = Omit<AuditEventTable, 'seq' | 'hash'>;

/** SHA-256 over the event's canonical form: a JSON array in a fixed field order. */
export function hashEvent(e: HashableEvent): string {
  const canonical = JSON.stringify([
    e.id,
    e.company_id,
    e.actor_id,
    e.actor_label,
    e.action,
    e.target_type,
    e.target_id,
    e.at,
    e.request_id,
    e.ip,
    e.summary,
    e.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

const SECRET_KEYS = /pass(word)?|secret|token|otp|code|hash|cookie|authorization|iban|salary|national/i;

/** Before/after summaries never carry secrets: any key that looks like one is replaced. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 5) return '[deep]';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redact(v, depth + 1));
  if (typeof value === 'bigint') return value.toString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : redact(v, depth + 1)]));
  }
  return value;
}
