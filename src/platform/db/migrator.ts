import { type Migration, Migrator } from 'kysely';
import type { AnyDb } from './create-database.ts';

export interface ModuleMigrations {
  name: string;
  migrations: Record<string, Migration>;
}

export interface MigrationReport {
  module: string;
  applied: string[];
}

/**
 * Each module keeps its own migration history (`kawalis_migration_<module>`), applied in module
 * registration order, platform first. Kysely's migrator takes a lock row, so several processes
 * starting at once apply each migration exactly once.
 */
export async function migrateAll(db: AnyDb, modules: ModuleMigrations[]): Promise<MigrationReport[]> {
  const reports: MigrationReport[] = [];
  for (const mod of modules) {
    if (Object.keys(mod.migrations).length === 0) continue;
    const safe = mod.name.replace(/[^a-z0-9_]/g, '_');
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => mod.migrations },
      migrationTableName: `kawalis_migration_${safe}`,
      migrationLockTableName: `kawalis_migration_lock_${safe}`,
    });
    const { error, results } = await migrator.migrateToLatest();
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      throw new Error(`migration ${mod.name}/${failed} failed: ${(error as Error).message}`, { cause: error });
    }
    reports.push({ module: mod.name, applied: (results ?? []).map((r) => r.migrationName) });
  }
  return reports;
}
