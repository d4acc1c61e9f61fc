import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { backupDatabase } from '../backup/backup-database.ts';
import { restoreDatabase } from '../backup/restore-database.ts';
import { chainProgress, printChainReport } from './audit.commands.ts';
import { CliError } from './context.ts';
import { progressLine, toCliError, withCliPlatform } from './platform.commands.ts';

const sizeOf = (bytes: number) => (bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`);

export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('copy the SQLite database to FILE while the server runs (PostgreSQL: use pg_dump)')
    .option('--force', 'overwrite FILE if it exists')
    .action((file: string, opts: { force?: boolean }) =>
      withCliPlatform(
        async (p) => {
          const progress = progressLine('backup');
          const result = await backupDatabase(p.database, file, { overwrite: opts.force, onProgress: ({ percent }) => progress.update(`${percent}%`) });
          progress.done();
          console.log(`backup written: ${result.file} (${sizeOf(result.bytes)})`);
          if (!process.env.KAWALIS_SECRET_KEY) {
            console.error(`note: keep ${join(p.config.dataDir, 'secret.key')} safe as well: the two-factor secrets in the backup are encrypted with it`);
          }
        },
        { migrate: false },
      ),
    );

  // Restore must not open the configured database through the platform: that would hold it open and
  // the in-use check would (rightly) refuse. It reads the same configuration, then works on files.
  program
    .command('restore <file>')
    .description('replace the SQLite database with a backup whose audit chain verifies (stop the server first)')
    .action(async (file: string) => {
      const config = loadConfig(process.env);
      const progress = chainProgress('verify');
      try {
        if (!existsSync(file)) throw new CliError(`${file}: no such file`);
        const report = await restoreDatabase({ source: file, databaseUrl: config.DATABASE_URL, onProgress: progress.onProgress });
        progress.done();
        console.log(`restored ${file} to ${report.target} (${report.users} users)`);
        if (report.previous) console.log(`the database it replaced is kept as ${report.previous}`);
        if (!printChainReport(report.restored)) process.exitCode = 1;
      } catch (err) {
        progress.done();
        const e = toCliError(err);
        if (!(e instanceof CliError)) throw e;
        console.error(`error: ${e.message}`);
        process.exitCode = 1;
      }
    });
}
