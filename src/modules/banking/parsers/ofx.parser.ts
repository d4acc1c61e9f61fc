import { parseSync } from 'ofx-js';
import { AmountError, canonicalDecimal } from '../bank-amount.ts';
import { isoDate, type ParsedLine, type ParsedStatement, StatementParseError } from './parsed-statement.ts';

/**
 * OFX 1.x (SGML, closing tags optional) and 2.x (XML) through `ofx-js`, which keeps every value as
 * text. Bank and credit-card statements. OFX states the closing (ledger) balance only, so these
 * statements have no opening balance to check.
 */
// biome-ignore lint/suspicious/noExplicitAny: the parsed OFX tree is untyped by nature
type Node = any;

const list = (v: Node): Node[] => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]);
const str = (v: Node): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function amount(raw: Node, where: string): string {
  const t = str(raw);
  if (!t) throw new StatementParseError('amount is missing', where);
  try {
    return canonicalDecimal(t, t.includes(',') && !t.includes('.') ? { decimal: ',', thousands: '' } : { decimal: '.', thousands: '' });
  } catch (err) {
    if (err instanceof AmountError) throw new StatementParseError(err.message, where);
    throw err;
  }
}

function date(raw: Node, where: string): string {
  const t = str(raw);
  if (!t) throw new StatementParseError('date is missing', where);
  return isoDate(t.slice(0, 8), where);
}

function line(t: Node, where: string): ParsedLine {
  const name = str(t.NAME) ?? str(t.PAYEE?.NAME);
  return {
    bookingDate: date(t.DTPOSTED, `${where}/DTPOSTED`),
    valueDate: str(t.DTAVAIL) ? date(t.DTAVAIL, `${where}/DTAVAIL`) : null,
    amount: amount(t.TRNAMT, `${where}/TRNAMT`),
    text: [name, str(t.MEMO)].filter(Boolean).join(' — '),
    bankRef: str(t.FITID),
    entryRef: str(t.REFNUM) ?? str(t.CHECKNUM),
    endToEndId: null,
    counterparty: name,
    source: where,
  };
}

export function parseOfx(text: string): ParsedStatement[] {
  let ofx: Node;
  try {
    ofx = parseSync(text).OFX;
  } catch (err) {
    const m = /closing tag for (\S+)/.exec((err as Error).message);
    throw new StatementParseError(m ? 'the element is not closed' : (err as Error).message, m ? `OFX element <${m[1]}>` : 'OFX');
  }
  if (!ofx || typeof ofx !== 'object') throw new StatementParseError('no OFX element', 'OFX');
  const found: [Node, string][] = [
    ...list(ofx.BANKMSGSRSV1?.STMTTRNRS).map((r, i): [Node, string] => [r?.STMTRS, `OFX/BANKMSGSRSV1/STMTTRNRS[${i + 1}]/STMTRS`]),
    ...list(ofx.CREDITCARDMSGSRSV1?.CCSTMTTRNRS).map((r, i): [Node, string] => [r?.CCSTMTRS, `OFX/CREDITCARDMSGSRSV1/CCSTMTTRNRS[${i + 1}]/CCSTMTRS`]),
  ];
  if (found.length === 0) throw new StatementParseError('no bank or credit-card statement (STMTRS)', 'OFX');
  return found.map(([s, where]) => {
    if (!s || typeof s !== 'object') throw new StatementParseError('the statement is empty', where);
    const tranList = s.BANKTRANLIST ?? {};
    const acct = s.BANKACCTFROM ?? s.CCACCTFROM ?? {};
    const bal = s.LEDGERBAL;
    return {
      reference: null,
      account: str(acct.ACCTID),
      currency: str(s.CURDEF),
      opening: null,
      closing: bal ? { date: date(bal.DTASOF, `${where}/LEDGERBAL/DTASOF`), amount: amount(bal.BALAMT, `${where}/LEDGERBAL/BALAMT`) } : null,
      from: str(tranList.DTSTART) ? date(tranList.DTSTART, `${where}/BANKTRANLIST/DTSTART`) : null,
      to: str(tranList.DTEND) ? date(tranList.DTEND, `${where}/BANKTRANLIST/DTEND`) : null,
      lines: list(tranList.STMTTRN).map((t, i) => line(t, `${where}/BANKTRANLIST/STMTTRN[${i + 1}]`)),
      source: where,
    };
  });
}
