import type { RefusalParams } from '../../../platform/errors.ts';
import { isIsoDate } from '../fiscal-calendar.ts';
import { type LedgerRefusal, refusalText } from '../refusals.ts';
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

/** `P DATE COMMODITY PRICE`: the commodity's market price from that date on. */
export interface HPrice {
  line: number;
  date: string;
  commodity: string;
  price: ParsedAmount;
}

export type HError = { kind: 'error'; line: number; reason: string; code: LedgerRefusal; params?: RefusalParams };
export type HItem = { kind: 'txn'; txn: HTransaction } | { kind: 'account'; line: number; name: string } | ({ kind: 'price' } & HPrice) | HError;

/** A reader's refusal at a line, with its reason code (refusals.ts). */
const error = (line: number, code: LedgerRefusal, params?: RefusalParams): HError => ({
  kind: 'error',
  line,
  reason: refusalText(code, params),
  code,
  ...(params ? { params } : {}),
});

const PRICE = /^P\s+(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+("[^"]+"|\S+)\s+(.+?)\s*(?:;.*)?$/;

const HEADER = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:=\S+)?(?:\s+([*!]))?(?:\s+\(([^)]*)\))?(?:\s+(.*))?$/;
const IGNORED = new Set(['commodity', 'D', 'decimal-mark', 'payee', 'tag', 'N']);
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
      return [error(line, 'ledger.hledger_indented_outside')];
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
      return [...out, name ? { kind: 'account', line, name } : error(line, 'ledger.hledger_account_no_name')];
    }
    if (word[1] === 'P') return [...out, this.price(text, line)];
    if (IGNORED.has(word[1])) {
      this.inDirective = true;
      return out;
    }
    return [...out, error(line, 'ledger.hledger_unsupported', { word: word[1] })];
  }

  end(): HItem[] {
    return this.close();
  }

  private close(): HItem[] {
    const t = this.txn;
    this.txn = undefined;
    if (!t) return [];
    if (t.postings.length < 2) return [error(t.line, 'ledger.hledger_too_few_postings')];
    const elided = t.postings.filter((p) => !p.amount);
    if (elided.length > 1) return [error(elided[1].line, 'ledger.hledger_one_elided')];
    return [{ kind: 'txn', txn: t }];
  }

  private header(text: string, line: number): HItem[] {
    const m = HEADER.exec(text);
    if (!m) return [error(line, 'ledger.hledger_bad_header')];
    const date = `${m[1]}-${pad(m[3])}-${pad(m[4])}`;
    if (!isIsoDate(date)) return [error(line, 'ledger.hledger_bad_date', { text: `${m[1]}${m[2]}${m[3]}${m[2]}${m[4]}` })];
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
    if (!parts) return this.fail(error(line, 'ledger.hledger_bad_posting'));
    const account = parts[1].trim();
    if (/^[([]/.test(account)) return this.fail(error(line, 'ledger.hledger_virtual'));
    if (/\s{2,}|\t/.test(account) || account.includes('::') || account.startsWith(':') || account.endsWith(':'))
      return this.fail(error(line, 'ledger.hledger_bad_account', { account }));
    const posting: HPosting = { line, account, memo: comment };
    let rest = (parts[2] ?? '').trim();
    const assertion = rest.search(/==?\*?\s/);
    if (assertion >= 0) rest = rest.slice(0, assertion).trim();
    if (rest) {
      const cost = /^(.*?)\s*(@@?)\s*(.+)$/.exec(rest);
      const amount = parseAmount(cost ? cost[1] : rest);
      if ('error' in amount) return this.fail(error(line, 'ledger.hledger_amount', { text: amount.text }));
      posting.amount = amount;
      if (cost) {
        const price = parseAmount(cost[3]);
        if ('error' in price) return this.fail(error(line, 'ledger.hledger_amount', { text: price.text }));
        posting.cost = { total: cost[2] === '@@', amount: price };
      }
    }
    t.postings.push(posting);
    return [];
  }

  private fail(e: HError): HItem[] {
    this.txn = undefined;
    this.inDirective = true; // skip the rest of the broken transaction's postings
    return [e];
  }

  /** `P 2026-01-01 USD 3.75 SAR` (a time after the date is allowed and ignored). */
  private price(text: string, line: number): HItem {
    this.inDirective = true;
    const m = PRICE.exec(text);
    const date = m ? `${m[1]}-${pad(m[3])}-${pad(m[4])}` : '';
    const price = m ? parseAmount(m[6]) : undefined;
    if (!m || !isIsoDate(date) || !price || 'error' in price) return error(line, 'ledger.hledger_bad_price');
    return { kind: 'price', line, date, commodity: m[5].replace(/^"|"$/g, ''), price };
  }
}
