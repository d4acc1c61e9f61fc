import { isIsoDate } from '../fiscal-calendar.ts';
import { type ParsedAmount, parseAmount } from './hledger-amount.ts';

/**
 * A line-by-line reader of the hledger journal subset Kawalis takes: transactions (date
 * `YYYY-MM-DD`, `YYYY/MM/DD` or `YYYY.MM.DD`, optional status `*`/`!`, optional `(code)`,
 * description, `;` comment), indented postings (account names with single spaces and any letters,
 * then two or more spaces or a tab before the amount), `account` directives, comment lines and
 * `comment … end comment` blocks. It holds one transaction at a time, so a file is streamed.
 */
export interface HPosting {
  line: number;
  account: string;
  amount?: ParsedAmount;
  /** `@ unit price` or `@@ total price`: how a foreign amount states its value in the base currency. */
  cost?: { total: boolean; amount: ParsedAmount };
  memo: string | null;
}

export interface HTransaction {
  line: number;
  date: string;
  status: '' | '*' | '!';
  code: string | null;
  description: string;
  postings: HPosting[];
}

export type HItem = { kind: 'txn'; txn: HTransaction } | { kind: 'account'; line: number; name: string } | { kind: 'error'; line: number; reason: string };

const HEADER = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:=\S+)?(?:\s+([*!]))?(?:\s+\(([^)]*)\))?(?:\s+(.*))?$/;
const IGNORED = new Set(['commodity', 'P', 'D', 'decimal-mark', 'payee', 'tag', 'N']);
const pad = (s: string) => s.padStart(2, '0');

/** Split at the first `;` that starts a comment. */
const uncomment = (text: string) => {
  const i = text.indexOf(';');
  return i < 0 ? { body: text, comment: null } : { body: text.slice(0, i), comment: text.slice(i + 1).trim() || null };
};

export class HledgerParser {
  private txn: HTransaction | undefined;
  private inComment = false;
  private inDirective = false;

  /** Feed one line (1-based number); returns what it completed. */
  feed(raw: string, line: number): HItem[] {
    const text = raw.replace(/\r$/, '');
    if (this.inComment) {
      if (/^end\s+comment\s*$/.test(text)) this.inComment = false;
      return [];
    }
    if (/^\s*$/.test(text)) return this.close();
    if (/^\s/.test(text)) {
      if (this.txn) return this.posting(text, line);
      if (this.inDirective) return [];
      return [{ kind: 'error', line, reason: 'an indented line outside a transaction' }];
    }
    const out = this.close();
    this.inDirective = false;
    if (/^[;#*%|]/.test(text)) return out;
    if (/^comment\s*$/.test(text)) {
      this.inComment = true;
      return out;
    }
    if (/^\d/.test(text)) return [...out, ...this.header(text, line)];
    const word = /^(\S+)(?:\s+(.*))?$/.exec(text) as RegExpExecArray;
    if (word[1] === 'account') {
      this.inDirective = true;
      const name = (word[2] ?? '').split(/\s{2,}|\t|\s;/)[0].trim();
      return [...out, name ? { kind: 'account', line, name } : { kind: 'error', line, reason: 'an account directive without a name' }];
    }
    if (IGNORED.has(word[1])) {
      this.inDirective = true;
      return out;
    }
    return [...out, { kind: 'error', line, reason: `"${word[1]}" is not supported (transactions, account directives and comments are)` }];
  }

  end(): HItem[] {
    return this.close();
  }

  private close(): HItem[] {
    const t = this.txn;
    this.txn = undefined;
    if (!t) return [];
    if (t.postings.length < 2) return [{ kind: 'error', line: t.line, reason: 'a transaction needs at least two postings' }];
    const elided = t.postings.filter((p) => !p.amount);
    if (elided.length > 1) return [{ kind: 'error', line: elided[1].line, reason: 'only one posting of a transaction may leave out its amount' }];
    return [{ kind: 'txn', txn: t }];
  }

  private header(text: string, line: number): HItem[] {
    const m = HEADER.exec(text);
    if (!m) return [{ kind: 'error', line, reason: 'cannot read this transaction header (expected a date such as 2026-01-31 or 2026/01/31)' }];
    const date = `${m[1]}-${pad(m[3])}-${pad(m[4])}`;
    if (!isIsoDate(date)) return [{ kind: 'error', line, reason: `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]} is not a calendar date` }];
    const { body } = uncomment(m[7] ?? '');
    this.txn = { line, date, status: (m[5] ?? '') as HTransaction['status'], code: m[6]?.trim() || null, description: body.trim(), postings: [] };
    return [];
  }

  private posting(text: string, line: number): HItem[] {
    const t = this.txn as HTransaction;
    const trimmed = text.trim();
    if (trimmed.startsWith(';') || trimmed.startsWith('#')) {
      const last = t.postings.at(-1);
      if (last && !last.memo) last.memo = trimmed.slice(1).trim() || null;
      return [];
    }
    const { body, comment } = uncomment(trimmed.replace(/^[*!]\s+/, ''));
    const parts = /^(.+?)(?:(?:\s{2,}|\t)\s*(.*))?$/.exec(body.trimEnd());
    if (!parts) return this.fail(line, 'cannot read this posting');
    const account = parts[1].trim();
    if (/^[([]/.test(account)) return this.fail(line, 'virtual postings, (account) or [account], are not supported');
    if (/\s{2,}|\t/.test(account) || account.includes('::') || account.startsWith(':') || account.endsWith(':'))
      return this.fail(line, `cannot read the account name "${account}"`);
    const posting: HPosting = { line, account, memo: comment };
    let rest = (parts[2] ?? '').trim();
    const assertion = rest.search(/==?\*?\s/);
    if (assertion >= 0) rest = rest.slice(0, assertion).trim();
    if (rest) {
      const cost = /^(.*?)\s*(@@?)\s*(.+)$/.exec(rest);
      const amount = parseAmount(cost ? cost[1] : rest);
      if ('error' in amount) return this.fail(line, amount.error);
      posting.amount = amount;
      if (cost) {
        const price = parseAmount(cost[3]);
        if ('error' in price) return this.fail(line, price.error);
        posting.cost = { total: cost[2] === '@@', amount: price };
      }
    }
    t.postings.push(posting);
    return [];
  }

  private fail(line: number, reason: string): HItem[] {
    this.txn = undefined;
    this.inDirective = true; // skip the rest of the broken transaction's postings
    return [{ kind: 'error', line, reason }];
  }
}
