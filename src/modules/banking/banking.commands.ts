import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { CliError, operator, resolveCompany } from '../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { AppError } from '../../platform/errors.ts';
import type { Platform } from '../../platform/platform.ts';
import { findBankAccount, findBankAccountByName, listBankAccounts } from './banking.repository.ts';
import type { BankingCall } from './banking-call.ts';
import { importStatementFile } from './import-statement-file.ts';
import { statementsOfAccount, statementWithLines } from './list-statements.ts';
import { registerMatchingCommands } from './matching.commands.ts';
import { registerRuleCommands } from './rules.commands.ts';

export async function bankingContext(p: Platform, companyName?: string): Promise<{ db: CompanyDb; call: BankingCall }> {
  const company = await resolveCompany(p, companyName);
  return { db: p.forCompany(company.id), call: { actor: operator(p, company.id), clock: p.clock } };
}

/** A bank account named by its name or id. */
export async function accountNamed(db: CompanyDb, name: string) {
  const a = (await findBankAccountByName(db, name)) ?? (/^[0-9a-f-]{36}$/.test(name) ? await findBankAccount(db, name) : undefined);
  if (!a) throw new CliError(`No bank account "${name}" (see \`kawalis bank accounts\`)`);
  return a;
}

/** `kawalis bank accounts | import --account ACC FILE | statements --account ACC | statement --account ACC --statement REF` (and matching, see matching.commands.ts), over the same use cases as the API. */
export function registerBankingCommands(program: Command): void {
  const bank = program.command('bank').description('bank accounts and statements');
  bank
    .command('accounts')
    .description('list the bank accounts')
    .option('--company <name>', 'company name or id')
    .action((opts: { company?: string }) =>
      withCliPlatform(async (p) => {
        const { db } = await bankingContext(p, opts.company);
        printTable(
          ['name', 'bank', 'iban / number', 'currency', 'csv mapping', 'id'],
          (await listBankAccounts(db)).map((a) => [a.name, a.bank, a.iban ?? a.account_number ?? '', a.currency, a.csv_mapping ? 'yes' : 'no', a.id]),
        );
      }),
    );
  bank
    .command('import')
    .description('import a statement file (OFX, CAMT.05x, MT940, or CSV by the saved mapping), all or nothing')
    .requiredOption('--account <name>', 'bank account name or id')
    .option('--company <name>', 'company name or id')
    .argument('<file>', 'the statement file')
    .action((file: string, opts: { account: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await bankingContext(p, opts.company);
        const account = await accountNamed(db, opts.account);
        let content: Buffer;
        try {
          content = readFileSync(file);
        } catch (err) {
          throw new CliError(`cannot read ${file}: ${(err as Error).message}`);
        }
        try {
          const r = await importStatementFile(db, call, { bankAccountId: account.id, fileName: basename(file), contentBase64: content.toString('base64') });
          console.log(
            `${r.format}: ${r.statements.length} statement(s) imported, ${r.skippedStatements} already imported; ${r.importedLines} new line(s), ${r.duplicateLines} duplicate(s) skipped`,
          );
          for (const s of r.statements.filter((x) => x.continuity === 'gap'))
            console.log(`warning: statement ${s.reference ?? s.from} opens ${s.gap} away from the previous closing balance (flagged)`);
        } catch (err) {
          if (err instanceof AppError && err.code === 'VALIDATION' && Array.isArray(err.details)) {
            const lines = (err.details as { where?: string; path?: string; message: string }[]).map((d) => `  ${d.where ?? d.path}: ${d.message}`);
            throw new CliError(`${file} was not imported (nothing was saved):\n${lines.join('\n')}`);
          }
          throw err;
        }
      }),
    );
  bank
    .command('statements')
    .description("list a bank account's statements, latest first, with gaps flagged")
    .requiredOption('--account <name>', 'bank account name or id')
    .option('--company <name>', 'company name or id')
    .action((opts: { account: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db } = await bankingContext(p, opts.company);
        const account = await accountNamed(db, opts.account);
        printTable(
          ['from', 'to', 'format', 'reference', 'opening', 'closing', 'lines', 'new', 'continuity', 'file'],
          (await statementsOfAccount(db, account.id)).map((s) => [
            s.from,
            s.to,
            s.format,
            s.reference ?? '',
            s.openingBalance ?? '',
            s.closingBalance ?? '',
            String(s.lineCount),
            String(s.newLineCount),
            s.continuity === 'gap' ? `GAP ${s.gap}` : s.continuity,
            s.fileName,
          ]),
        );
      }),
    );
  bank
    .command('statement')
    .description("one statement's balances and a page of its lines, each marked matched or not")
    .requiredOption('--account <name>', 'bank account name or id')
    .requiredOption('--statement <ref>', 'the statement reference (as `bank statements` lists it) or id')
    .option('--page <n>', 'page number', '1')
    .option('--page-size <n>', 'lines per page (at most 500)', '50')
    .option('--company <name>', 'company name or id')
    .action((opts: { account: string; statement: string; page: string; pageSize: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db } = await bankingContext(p, opts.company);
        const account = await accountNamed(db, opts.account);
        const page = positiveInt('--page', opts.page, Number.MAX_SAFE_INTEGER);
        const pageSize = positiveInt('--page-size', opts.pageSize, 500);
        const found = (await statementsOfAccount(db, account.id)).filter((s) => s.id === opts.statement || s.reference === opts.statement);
        if (found.length === 0) throw new CliError(`No statement "${opts.statement}" on ${account.name}`);
        if (found.length > 1) throw new CliError(`${found.length} statements have the reference "${opts.statement}": give the id`);
        const { statement: s, lines, total } = await statementWithLines(db, found[0].id, { limit: pageSize, offset: (page - 1) * pageSize });
        console.log(
          `${s.reference ?? s.id} (${s.format}, ${s.fileName}) ${s.from} – ${s.to}: opening ${s.openingBalance ?? '—'}, credits ${s.totalCredits}, debits ${s.totalDebits}, closing ${s.closingBalance ?? '—'}, ${s.continuity}`,
        );
        printTable(
          ['date', 'amount', 'text', 'counterparty', 'reference', 'matched'],
          lines.map((l) => [l.bookingDate, l.amount, l.text, l.counterparty ?? '', l.bankRef ?? l.entryRef ?? l.endToEndId ?? '', l.matchId ? 'yes' : 'no']),
        );
        console.log(`lines ${Math.min(total, (page - 1) * pageSize + 1)}–${Math.min(total, page * pageSize)} of ${total}`);
      }),
    );
  registerMatchingCommands(bank);
  registerRuleCommands(bank);
}

function positiveInt(option: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new CliError(`${option} must be a whole number from 1 to ${max}, not "${value}"`);
  return n;
}
