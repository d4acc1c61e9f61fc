import { ConfigError } from './config.ts';
import { buildProgram } from './platform/cli/program.ts';

/** Composition root: the `kawalis` program; `serve` is one of its commands. */

// Files Kawalis writes (the database, its WAL, the secret key, backups) hold personal data and
// secrets: readable by the owner only.
process.umask(0o077);

try {
  await buildProgram().parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  throw err;
}
