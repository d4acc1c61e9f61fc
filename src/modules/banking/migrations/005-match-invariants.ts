import { type Kysely, type Migration, sql } from 'kysely';
import { isPostgres } from '../../../platform/db/create-database.ts';

/**
 * The database itself keeps a match honest, whatever the application does (issue 5 invariants):
 *
 * - **The amounts add up.** A match's lines are written not live (`live` NULL), then made live in one
 *   UPDATE; making a line live is refused unless the match's bank lines add up to its bank total and
 *   its ledger lines to its ledger total (and those two are equal: `bank_match_adds_up`). A bank-side
 *   line must carry its statement line's amount. No line joins a match that stands or was undone.
 * - **At most once** stays the unique indexes on (company, line, live) of migration 002.
 * - **An unmatch is audited.** A match changes only from matched to unmatched, with who and when,
 *   once its lines are released, and only when the audit event `banking.match.unmatched` of that match
 *   is already written in the same transaction. Matches and match lines are never deleted, and a
 *   match line never changes but for `live`.
 */
const checks = {
  lineInsert: [
    [`new.live is not null`, 'a match line is written not live and made live with its whole match'],
    [`exists (select 1 from bank_match m where m.id = new.match_id and m.status <> 'matched')`, 'a line cannot join a match that was undone'],
    [`exists (select 1 from bank_match_line o where o.match_id = new.match_id and o.live is not null)`, 'a line cannot join a match that stands'],
    [
      `new.side = 'bank' and new.amount <> (select b.amount from bank_line b where b.id = new.bank_line_id)`,
      "a bank-side line carries its statement line's amount",
    ],
  ],
  lineUpdate: [
    [
      `new.id <> old.id or new.company_id <> old.company_id or new.match_id <> old.match_id or new.bank_account_id <> old.bank_account_id or new.side <> old.side
       or coalesce(new.bank_line_id, '') <> coalesce(old.bank_line_id, '') or coalesce(new.ledger_line_id, '') <> coalesce(old.ledger_line_id, '')
       or new.amount <> old.amount or new.date <> old.date`,
      'a match line changes only by being made live or released',
    ],
    [
      `old.live is null and new.live is not null and (select m.status from bank_match m where m.id = new.match_id) <> 'matched'`,
      'a line of an undone match is not made live again',
    ],
    [
      `old.live is null and new.live is not null and (
         (select coalesce(sum(l.amount), 0) from bank_match_line l where l.match_id = new.match_id and l.side = 'bank') <> (select m.bank_total from bank_match m where m.id = new.match_id)
         or (select coalesce(sum(l.amount), 0) from bank_match_line l where l.match_id = new.match_id and l.side = 'ledger') <> (select m.ledger_total from bank_match m where m.id = new.match_id))`,
      'the amounts of the match do not add up',
    ],
  ],
  matchUpdate: [
    [
      `old.status <> 'matched' or new.status <> 'unmatched' or new.id <> old.id or new.company_id <> old.company_id or new.bank_account_id <> old.bank_account_id
       or new.bank_total <> old.bank_total or new.ledger_total <> old.ledger_total or new.matched_by <> old.matched_by or new.matched_at <> old.matched_at`,
      'a match changes only by being undone, once',
    ],
    [`new.unmatched_by is null or new.unmatched_at is null`, 'an unmatch records who and when'],
    [`exists (select 1 from bank_match_line l where l.match_id = new.id and l.live is not null)`, 'an undone match keeps no live line'],
    [
      `not exists (select 1 from audit_event a where a.target_type = 'bank_match' and a.target_id = cast(new.id as text) and a.action = 'banking.match.unmatched')`,
      'an unmatch is audited first',
    ],
  ],
} as const;

const quote = (s: string) => s.replace(/'/g, "''");

export const bankMatchInvariantsMigration: Migration = {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run before the typed schema exists
  async up(db: Kysely<any>) {
    const triggers: [name: string, when: string, table: string, list: readonly (readonly [string, string])[]][] = [
      ['bank_match_line_insert', 'before insert', 'bank_match_line', checks.lineInsert],
      ['bank_match_line_update', 'before update', 'bank_match_line', checks.lineUpdate],
      ['bank_match_update', 'before update', 'bank_match', checks.matchUpdate],
      ['bank_match_line_delete', 'before delete', 'bank_match_line', [['true', 'match lines are never deleted']]],
      ['bank_match_delete', 'before delete', 'bank_match', [['true', 'matches are never deleted']]],
    ];
    for (const [name, when, table, list] of triggers) {
      if (isPostgres(db)) {
        const body = list.map(([cond, why]) => `if ${cond} then raise exception '${table}: ${quote(why)}' using errcode = '23514'; end if;`).join('\n');
        const ret = when.endsWith('delete') ? 'old' : 'new';
        await sql.raw(`create function ${name}_check() returns trigger language plpgsql as $$ begin ${body} return ${ret}; end $$`).execute(db);
        await sql.raw(`create trigger ${name} ${when} on ${table} for each row execute function ${name}_check()`).execute(db);
      } else {
        const body = list.map(([cond, why]) => `select raise(abort, '${table}: ${quote(why)}') where ${cond === 'true' ? '1' : cond};`).join('\n');
        await sql.raw(`create trigger ${name} ${when} on ${table} begin ${body} end`).execute(db);
      }
    }
  },
};
