import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const durationMinutes = z.coerce.number().int().positive();

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .refine((v) => /^(postgres(ql)?:\/\/|sqlite:|file:)/.test(v), 'must start with postgres://, sqlite: or file:')
    .optional(),
  KAWALIS_SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal characters (32 bytes)')
    .optional(),
  /** Older keys (comma-separated, 64 hex digits each), kept only to read values until `kawalis people rotate-key` rewrites them. */
  KAWALIS_PREVIOUS_SECRET_KEYS: z
    .string()
    .regex(/^[0-9a-fA-F]{64}(,[0-9a-fA-F]{64})*$/, 'must be 64-hex-digit keys separated by commas')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  SMTP_FROM: z.string().default('Kawalis <kawalis@localhost>'),
  SESSION_IDLE_MINUTES: durationMinutes.default(30),
  SESSION_ABSOLUTE_MINUTES: durationMinutes.default(12 * 60),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
  /** Routes that take a file inside their JSON body (statements, CSV/XLSX imports) allow this much. */
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(16_777_216),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config extends Omit<RawConfig, 'KAWALIS_SECRET_KEY' | 'KAWALIS_PREVIOUS_SECRET_KEYS' | 'DATABASE_URL' | 'PUBLIC_URL'> {
  PUBLIC_URL: string;
  DATABASE_URL: string;
  secretKey: Buffer;
  /** Keys a rotation retired: values under them still decrypt until rewritten. */
  previousSecretKeys?: Buffer[];
  dataDir: string;
}

export class ConfigError extends Error {}

/** Parse the environment once. Any invalid value stops start-up with a message naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const raw = parsed.data;
  const dataDir = resolve(raw.DATA_DIR);
  const databaseUrl = raw.DATABASE_URL ?? `sqlite:${join(dataDir, 'kawalis.db')}`;
  return {
    ...raw,
    dataDir,
    DATABASE_URL: databaseUrl,
    PUBLIC_URL: (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ''),
    secretKey: raw.KAWALIS_SECRET_KEY ? Buffer.from(raw.KAWALIS_SECRET_KEY, 'hex') : loadOrCreateSecret(dataDir),
    previousSecretKeys: (raw.KAWALIS_PREVIOUS_SECRET_KEYS?.split(',') ?? []).map((hex) => Buffer.from(hex, 'hex')),
  };
}

/** The secret key lives outside the database: generated once into DATA_DIR, readable by the owner only. */
function loadOrCreateSecret(dataDir: string): Buffer {
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) {
    const hex = readFileSync(file, 'utf8').trim();
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new ConfigError(`${file} does not hold a 64-hex-digit key`);
    return Buffer.from(hex, 'hex');
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex'), { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
