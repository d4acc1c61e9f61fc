import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { type Clock, systemClock } from './clock.ts';
import { createSecretBox } from './crypto/secret-box.ts';
import { createDatabase } from './db/create-database.ts';
import { migrateAll } from './db/migrator.ts';
import { createLogger } from './logger.ts';
import type { KawalisModule } from './module.ts';
import { buildPlatform, type Platform } from './platform.ts';

export interface BootOptions {
  modules: KawalisModule[];
  clock?: Clock;
  logger?: Logger;
  /** Apply pending migrations (default true: start-up and `kawalis migrate` both do). */
  migrate?: boolean;
}

/** Configuration → database → migrations → the Platform every adapter (HTTP, CLI, jobs) uses. */
export async function bootPlatform(config: Config, opts: BootOptions): Promise<Platform> {
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL);
  const database = createDatabase(config.DATABASE_URL);
  if (opts.migrate !== false) {
    const reports = await migrateAll(database.db, opts.modules);
    const applied = reports.flatMap((r) => r.applied.map((m) => `${r.module}/${m}`));
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  return buildPlatform({
    config,
    database,
    db: database.db,
    clock: opts.clock ?? systemClock,
    logger,
    modules: opts.modules,
    secrets: createSecretBox(config.secretKey, config.previousSecretKeys),
  });
}
