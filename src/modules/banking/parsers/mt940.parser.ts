import { canonicalDecimal } from '../bank-amount.ts';
import { isoDate, type ParsedBalance, type ParsedLine, type ParsedStatement, StatementParseError, validDate } from './parsed-statement.ts';

/**
 * SWIFT MT940 by its own small tokenizer (mt940js reads amounts as floats). A field starts with
 * `:tag:` at the start of a line and runs until the next one, so :86: may span lines. A statement
 * split over several messages (:60M:/:62M:) is joined into one: opening from :60F:, closing from
 * :62F:. Tags the bank file may carry but Kawalis does not need (:13D:, :21:, :64:, :65:…) are skipped.
 */
interface Field {
  tag: string;
  value: string;
  line: number;
}

const COMMA = { decimal: ',', thousands: '' } as const;

function tokenize(text: string): Field[] {
  const fields: Field[] = [];
  let inBlock4 = !/^\s*\{1:/.test(text);
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    let line = raw;
    const no = i + 1;
    if (!inBlock4) {
      const at = line.indexOf('{4:');
      if (at < 0) return;
      inBlock4 = true;
      line = line.slice(at + 3);
    }
    if (/^-\}?\s*$/.test(line)) {
      if (line.includes('}')) inBlock4 = !/\{1:/.test(lines[i + 1] ?? '');
      return;
    }
    const m = /^:(\d{2}[A-Z]?):(.*)$/.exec(line);
    if (m) fields.push({ tag: m[1], value: m[2], line: no });
    else if (fields.length > 0) {
      const last = fields[fields.length - 1];
      last.value += `\n${line}`;
    } else if (line.trim() !== '') throw new StatementParseError(`"${line.slice(0, 40)}" is not an MT940 field`, `line ${no}`);
  });
  return fields;
}

function balance(f: Field): ParsedBalance & { currency: string } {
  const m = /^([CD])(\d{6})([A-Z]{3})(\d+,\d*)\s*$/.exec(f.value.trim());
  if (!m) throw new StatementParseError(`:${f.tag}: "${f.value.trim()}" is not a balance (C/D, YYMMDD, currency, amount)`, `line ${f.line}`);
  const amount = canonicalDecimal(m[4], COMMA);
  return { date: isoDate(m[2], `line ${f.line}`), currency: m[3], amount: m[1] === 'D' && amount !== '0' ? `-${amount}` : amount };
}

/** :61: value date YYMMDD, entry date MMDD?, mark (C, D, RC, RD), funds code?, amount, type, refs. */
const LINE_61 = /^(\d{6})(\d{4})?(RC|RD|C|D)([A-Z])?(\d+,\d*)([NFS][A-Z0-9]{3})(.*?)(?:\/\/(.*))?$/;

function statementLine(f: Field): ParsedLine {
  const [first, ...more] = f.value.split('\n');
  const m = LINE_61.exec(first.trim());
  if (!m) throw new StatementParseError(`:61: "${first.trim()}" is not a statement line`, `line ${f.line}`);
  const where = `line ${f.line}`;
  const valueDate = isoDate(m[1], where);
  let bookingDate = valueDate;
  if (m[2]) {
    // the entry date has no year: take the value date's, or the neighbouring year across New Year
    let year = Number(valueDate.slice(0, 4));
    const month = Number(m[2].slice(0, 2));
    const valueMonth = Number(valueDate.slice(5, 7));
    if (month === 12 && valueMonth === 1) year -= 1;
    if (month === 1 && valueMonth === 12) year += 1;
    bookingDate = validDate(`${year}-${m[2].slice(0, 2)}-${m[2].slice(2)}`, m[2], where);
  }
  const amount = canonicalDecimal(m[5], COMMA);
  const negative = m[3] === 'D' || m[3] === 'RC';
  const customerRef = m[7].trim();
  return {
    bookingDate,
    valueDate,
    amount: negative && amount !== '0' ? `-${amount}` : amount,
    text: more.join(' ').trim(),
    bankRef: m[8]?.trim() || null,
    entryRef: customerRef && customerRef !== 'NONREF' ? customerRef : null,
    endToEndId: null,
    counterparty: null,
    source: where,
  };
}

/** Multi-line :86: — SWIFT lines are at most 65 characters, so a full line was cut mid-word. */
function narrative(value: string): string {
  const parts = value.split('\n');
  return parts.reduce((acc, part, i) => (i === 0 ? part : acc + ((parts[i - 1].length >= 65 ? '' : ' ') + part)), '').trim();
}

export function parseMt940(text: string): ParsedStatement[] {
  const statements: ParsedStatement[] = [];
  let current: (ParsedStatement & { continued: boolean }) | null = null;
  let lastLine: ParsedLine | null = null;
  const need = (f: Field) => {
    if (!current) throw new StatementParseError(`:${f.tag}: comes before any :20:`, `line ${f.line}`);
    return current;
  };
  for (const f of tokenize(text)) {
    switch (f.tag) {
      case '20':
        if (current && !current.continued) throw new StatementParseError(`statement ${current.reference} has no closing balance :62F:`, `line ${f.line}`);
        if (!current) {
          current = {
            reference: f.value.trim(),
            account: null,
            currency: null,
            opening: null,
            closing: null,
            from: null,
            to: null,
            lines: [],
            source: `line ${f.line}`,
            continued: false,
          };
        }
        lastLine = null;
        break;
      case '25':
        need(f).account = f.value.trim();
        break;
      case '28C':
        if (!need(f).continued) need(f).reference = `${need(f).reference}/${f.value.trim()}`;
        break;
      case '60F':
      case '60M': {
        const s = need(f);
        const b = balance(f);
        if (s.currency && s.currency !== b.currency) throw new StatementParseError(`currency ${b.currency} differs from ${s.currency}`, `line ${f.line}`);
        s.currency = b.currency;
        if (f.tag === '60F') s.opening = { date: b.date, amount: b.amount };
        else if (!s.continued) throw new StatementParseError(':60M: without a previous page ending in :62M:', `line ${f.line}`);
        break;
      }
      case '61': {
        const s = need(f);
        if (!s.currency) throw new StatementParseError(':61: before the opening balance :60F:', `line ${f.line}`);
        lastLine = statementLine(f);
        s.lines.push(lastLine);
        break;
      }
      case '86':
        if (lastLine) lastLine.text = [lastLine.text, narrative(f.value)].filter(Boolean).join(' — ');
        lastLine = null;
        break;
      case '62F':
      case '62M': {
        const s = need(f);
        if (!s.opening) throw new StatementParseError(`statement ${s.reference} has no opening balance :60F:`, `line ${f.line}`);
        if (f.tag === '62M') {
          s.continued = true;
          balance(f);
          break;
        }
        const b = balance(f);
        if (b.currency !== s.currency) throw new StatementParseError(`closing currency ${b.currency} differs from ${s.currency}`, `line ${f.line}`);
        s.closing = { date: b.date, amount: b.amount };
        s.from = s.opening.date;
        s.to = b.date;
        const { continued: _c, ...done } = s;
        statements.push(done);
        current = null;
        lastLine = null;
        break;
      }
      default:
        lastLine = f.tag === '61' ? lastLine : null;
    }
  }
  if (current) throw new StatementParseError(`statement ${current.reference} has no closing balance :62F:`, 'end of file');
  if (statements.length === 0) throw new StatementParseError('no statement (:20: … :62F:) found', 'line 1');
  return statements;
}
