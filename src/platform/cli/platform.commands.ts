import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { type Command, InvalidArgumentError } from 'commander';
import { ZodError } from 'zod';
import { BackupError } from '../backup/sqlite-files.ts';
import { AppError } from '../errors.ts';
import type { Platform } from '../platform.ts';
import { registerAuditCommands } from './audit.commands.ts';
import { registerBackupCommands } from './backup.commands.ts';
import { registerCompanyCommands } from './company.commands.ts';
import { CliError, withPlatform } from './context.ts';
import { registerSetupCommands } from './setup.commands.ts';
import { registerUserCommands } from './user.commands.ts';

/** Platform commands: setup, demo, company, user, audit, backup, restore. */
export function registerPlatformCommands(program: Command): void {
  registerSetupCommands(program);
  registerCompanyCommands(program);
  registerUserCommands(program);
  registerAuditCommands(program);
  registerBackupCommands(program);
}

/** Field paths of the shared zod schemas, named as the flags that feed them. */
export type FlagNames = Record<string, string>;

const describeIssues = (issues: { path: string; message: string }[], flags: FlagNames) =>
  issues.map((i) => `  ${flags[i.path] ?? (i.path || 'input')}: ${i.message}`).join('\n');

/** Turn a domain or validation error into a message for the operator, naming the flag at fault. */
export function toCliError(err: unknown, flags: FlagNames = {}): unknown {
  if (err instanceof ZodError) {
    return new CliError(
      `invalid input:\n${describeIssues(
        err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        flags,
      )}`,
    );
  }
  if (err instanceof BackupError) return new CliError(err.message);
  if (err instanceof AppError) {
    const details = Array.isArray(err.details) ? (err.details as { path: string; message: string }[]) : [];
    return new CliError(details.length ? `${err.message}:\n${describeIssues(details, flags)}` : err.message);
  }
  return err;
}

/** A command body run with the configured platform; errors leave as one clear line and exit code 1. */
export function withCliPlatform<T>(fn: (p: Platform) => Promise<T>, opts: { migrate?: boolean; flags?: FlagNames } = {}): Promise<T> {
  return withPlatform(async (p) => {
    try {
      return await fn(p);
    } catch (err) {
      throw toCliError(err, opts.flags);
    }
  }, opts);
}

/** Print rows as an aligned text table. */
export function printTable(headers: string[], rows: string[][], out: (line: string) => void = console.log): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  out(line(headers));
  out(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) out(line(r));
}

/** `--work-week 0,1,2,3,4`: day numbers, 0 = Sunday. */
export function parseWorkWeek(value: string): number[] {
  const days = value.split(',').map((d) => d.trim());
  if (days.some((d) => !/^[0-6]$/.test(d))) throw new InvalidArgumentError('day numbers 0 (Sunday) to 6 (Saturday), comma-separated, e.g. 0,1,2,3,4');
  return days.map(Number);
}

export function parsePositiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('a whole number of 1 or more');
  return Number(value);
}

const stripNewline = (s: string) => s.replace(/\r?\n$/, '');

/**
 * A secret from a file or from standard input: never from a flag, where it would land in the shell
 * history and the process list. Piped input is read to its end; a terminal gets a hidden prompt.
 */
export async function readSecret(opts: { file?: string; prompt: string }): Promise<string> {
  if (opts.file) {
    try {
      return stripNewline(readFileSync(opts.file, 'utf8'));
    } catch (err) {
      throw new CliError(`cannot read ${opts.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
    return stripNewline(Buffer.concat(chunks).toString('utf8'));
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  process.stderr.write(opts.prompt);
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stderr.write('\n');
  return answer;
}

/** Progress for long jobs: one rewritten line on a terminal, a plain line per step otherwise. */
export function progressLine(label: string): { update(text: string): void; done(): void } {
  const tty = process.stderr.isTTY;
  let last = '';
  return {
    update(text) {
      if (text === last) return;
      last = text;
      process.stderr.write(tty ? `\r${label}: ${text}` : `${label}: ${text}\n`);
    },
    done() {
      if (tty && last) process.stderr.write('\n');
    },
  };
}
