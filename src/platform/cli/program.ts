import { Command } from 'commander';
import { allModules } from '../../modules.ts';
import { migrateAll } from '../db/migrator.ts';
import { loadPlatform, withPlatform } from './context.ts';
import { registerPlatformCommands } from './platform.commands.ts';
import { runServer } from './serve.ts';

/** The `kawalis` program: platform commands, then each module's own. */
export function buildProgram(): Command {
  const program = new Command('kawalis').description('Kawalis (كواليس): the back office, self-hosted').showHelpAfterError();
  program
    .command('serve')
    .description('run the web server and the job worker (migrates first)')
    .option('--demo', 'load the demo company first when the database is empty')
    .action(async (opts: { demo?: boolean }) => {
      const p = await loadPlatform();
      if (opts.demo) {
        const { loadDemoIfEmpty } = await import('./demo.ts');
        await loadDemoIfEmpty(p);
      }
      await runServer(p);
    });
  program
    .command('migrate')
    .description('apply pending database migrations of every module')
    .action(() =>
      withPlatform(
        async (p) => {
          const reports = await migrateAll(p.db, allModules);
          const applied = reports.flatMap((r) => r.applied.map((m) => `${r.module}/${m}`));
          console.log(applied.length ? `applied: ${applied.join(', ')}` : 'the database is up to date');
        },
        { migrate: false },
      ),
    );
  registerPlatformCommands(program);
  for (const m of allModules) m.commands?.(program, () => loadPlatform());
  return program;
}
