import type { Command } from 'commander';
import { CliError } from '../../platform/cli/context.ts';
import { printTable, withCliPlatform } from '../../platform/cli/platform.commands.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { findAccountByCode, findJournalByCode, listDimensions } from '../ledger/index.ts';
import { bankAccountOf } from './bank-account-of.ts';
import { accountNamed, bankingContext } from './banking.commands.ts';
import { createRule } from './create-rule.ts';
import { deleteRule } from './delete-rule.ts';
import { presentRule } from './present-rule.ts';
import { findRuleByName, listRules } from './rules.repository.ts';
import { updateRule } from './update-rule.ts';

type RuleOpts = {
  account: string;
  name: string;
  contains?: string;
  pattern?: string;
  min?: string;
  max?: string;
  postTo?: string;
  journal?: string;
  dimension?: string[];
  memo?: string;
  priority?: string;
  company?: string;
};

async function accountIdOf(db: CompanyDb, code: string): Promise<string> {
  const a = await findAccountByCode(db, code);
  if (!a) throw new CliError(`No ledger account ${code}`);
  return a.id;
}

async function journalIdOf(db: CompanyDb, code: string): Promise<string> {
  const j = await findJournalByCode(db, code);
  if (!j) throw new CliError(`No journal ${code}`);
  return j.id;
}

/** `DIM/VALUE` codes (e.g. `PRJ/A`) as dimension value ids. */
async function dimensionIdsOf(db: CompanyDb, codes: string[]): Promise<string[]> {
  const dims = await listDimensions(db);
  return codes.map((code) => {
    const [dim, value] = code.split('/');
    const id = dims.find((d) => d.code === dim)?.values.find((v) => v.code === value)?.id;
    if (!id) throw new CliError(`No dimension value ${code} (write DIMENSION/VALUE, e.g. PRJ/A)`);
    return id;
  });
}

async function ruleNamed(db: CompanyDb, bankAccountId: string, name: string): Promise<string> {
  const r = await findRuleByName(db, bankAccountId, name);
  if (!r) throw new CliError(`No rule "${name}" on this bank account (see \`kawalis bank rules\`)`);
  return r.id;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];
const ruleOptions = (c: Command) =>
  c
    .requiredOption('--account <name>', 'bank account name or id')
    .requiredOption('--name <name>', 'the rule name')
    .option('--contains <text>', 'the text contains this (case-insensitive)')
    .option('--pattern <pattern>', 'or the whole text matches this pattern (* any text, ? one character)')
    .option('--min <amount>', 'lowest signed amount (money out is negative)')
    .option('--max <amount>', 'highest signed amount')
    .option('--post-to <code>', 'ledger account code to post against')
    .option('--journal <code>', 'journal code')
    .option('--dimension <DIM/VALUE>', 'a dimension value for the posted line (repeatable)', collect)
    .option('--memo <text>', 'memo of the posted entry')
    .option('--priority <n>', 'lower applies first')
    .option('--company <name>', 'company name or id');

/** `kawalis bank rules | rule-add | rule-set | rule-delete`, over the same use cases as the API. */
export function registerRuleCommands(bank: Command): void {
  bank
    .command('rules')
    .description("list a bank account's matching rules in the order they apply")
    .requiredOption('--account <name>', 'bank account name or id')
    .option('--company <name>', 'company name or id')
    .action((opts: { account: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db } = await bankingContext(p, opts.company);
        const { account, money } = await bankAccountOf(db, (await accountNamed(db, opts.account)).id);
        printTable(
          ['priority', 'name', 'contains', 'pattern', 'min', 'max', 'active', 'dimensions'],
          (await listRules(db, account.id))
            .map((r) => presentRule(r, money))
            .map((r) => [
              String(r.priority),
              r.name,
              r.textContains ?? '',
              r.textPattern ?? '',
              r.minAmount ?? '',
              r.maxAmount ?? '',
              r.active ? 'yes' : 'no',
              String(r.dimensions.length),
            ]),
        );
      }),
    );
  ruleOptions(bank.command('rule-add').description('add a rule: text contains X (or matches a pattern), amount in a range → post to an account')).action(
    (opts: RuleOpts) =>
      withCliPlatform(async (p) => {
        const { db, call } = await bankingContext(p, opts.company);
        const account = await accountNamed(db, opts.account);
        if (!opts.postTo) throw new CliError('Give --post-to <account code>');
        const r = await createRule(db, call, {
          bankAccountId: account.id,
          name: opts.name,
          textContains: opts.contains,
          textPattern: opts.pattern,
          minAmount: opts.min,
          maxAmount: opts.max,
          accountId: await accountIdOf(db, opts.postTo),
          journalId: await journalIdOf(db, opts.journal ?? 'BNK'),
          memo: opts.memo,
          priority: opts.priority === undefined ? undefined : Number(opts.priority),
          dimensions: await dimensionIdsOf(db, opts.dimension ?? []),
        });
        console.log(`Rule "${r.name}" added (${r.id})`);
      }),
  );
  ruleOptions(bank.command('rule-set').description('change a rule named --name (only the options given change)'))
    .option('--rename <name>', 'a new name')
    .option('--active <yes|no>', 'whether the rule applies')
    .action((opts: RuleOpts & { rename?: string; active?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await bankingContext(p, opts.company);
        const account = await accountNamed(db, opts.account);
        const id = await ruleNamed(db, account.id, opts.name);
        if (opts.active !== undefined && !['yes', 'no'].includes(opts.active)) throw new CliError('--active takes yes or no');
        const r = await updateRule(db, call, id, {
          name: opts.rename,
          textContains: opts.contains,
          textPattern: opts.pattern,
          minAmount: opts.min,
          maxAmount: opts.max,
          accountId: opts.postTo === undefined ? undefined : await accountIdOf(db, opts.postTo),
          journalId: opts.journal === undefined ? undefined : await journalIdOf(db, opts.journal),
          memo: opts.memo,
          priority: opts.priority === undefined ? undefined : Number(opts.priority),
          active: opts.active === undefined ? undefined : opts.active === 'yes',
          dimensions: opts.dimension === undefined ? undefined : await dimensionIdsOf(db, opts.dimension),
        });
        console.log(`Rule "${r.name}" changed${r.active ? '' : ' (inactive)'}`);
      }),
    );
  bank
    .command('rule-delete')
    .description('delete a rule (audited); the matches and entries it made stay')
    .requiredOption('--account <name>', 'bank account name or id')
    .requiredOption('--name <name>', 'the rule name')
    .option('--company <name>', 'company name or id')
    .action((opts: { account: string; name: string; company?: string }) =>
      withCliPlatform(async (p) => {
        const { db, call } = await bankingContext(p, opts.company);
        const account = await accountNamed(db, opts.account);
        await deleteRule(db, call, await ruleNamed(db, account.id, opts.name));
        console.log(`Rule "${opts.name}" deleted`);
      }),
    );
}
