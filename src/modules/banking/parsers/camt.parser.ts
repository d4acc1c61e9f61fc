import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AmountError, canonicalDecimal } from '../bank-amount.ts';
import { isoDate, type ParsedBalance, type ParsedLine, type ParsedStatement, StatementParseError } from './parsed-statement.ts';

/**
 * ISO 20022 bank-to-customer messages by our own mapper: camt.053 statements, camt.052 reports and
 * camt.054 notifications, any version (namespaces are dropped). Values stay text
 * (`parseTagValue: false`), else `1000.250` would become a float. Only booked entries are kept.
 */
// biome-ignore lint/suspicious/noExplicitAny: the parsed XML tree is untyped by nature
type Node = any;

const ARRAYS = new Set(['Stmt', 'Rpt', 'Ntfctn', 'Bal', 'Ntry', 'TxDtls', 'Ustrd', 'NtryDtls']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

const KINDS = [
  ['BkToCstmrStmt', 'Stmt'],
  ['BkToCstmrAcctRpt', 'Rpt'],
  ['BkToCstmrDbtCdtNtfctn', 'Ntfctn'],
] as const;

const text = (v: Node): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object') return typeof v['#text'] === 'string' ? v['#text'] : null;
  const s = String(v).trim();
  return s === '' ? null : s;
};

function date(v: Node, where: string): string | null {
  const t = text(v?.Dt) ?? text(v?.DtTm);
  return t ? isoDate(t, where) : null;
}

function amount(node: Node, sign: Node, where: string): { amount: string; currency: string | null } {
  const raw = text(node?.Amt);
  if (!raw) throw new StatementParseError('Amt is missing', where);
  const ind = text(sign);
  if (ind !== 'CRDT' && ind !== 'DBIT') throw new StatementParseError(`CdtDbtInd "${ind ?? ''}" is not CRDT or DBIT`, where);
  let value: string;
  try {
    value = canonicalDecimal(raw);
  } catch (err) {
    if (err instanceof AmountError) throw new StatementParseError(err.message, `${where}/Amt`);
    throw err;
  }
  if (value.startsWith('-')) throw new StatementParseError(`Amt "${raw}" must not be signed`, `${where}/Amt`);
  return { amount: ind === 'DBIT' && value !== '0' ? `-${value}` : value, currency: node.Amt?.['@Ccy'] ?? null };
}

function balances(stmt: Node, where: string) {
  let opening: ParsedBalance | null = null;
  let closing: ParsedBalance | null = null;
  (stmt.Bal ?? []).forEach((b: Node, i: number) => {
    const at = `${where}/Bal[${i + 1}]`;
    const code = text(b?.Tp?.CdOrPrtry?.Cd);
    if (code !== 'OPBD' && code !== 'PRCD' && code !== 'CLBD') return;
    const d = date(b.Dt, at);
    if (!d) throw new StatementParseError('Dt is missing', at);
    const value = { date: d, amount: amount(b, b.CdtDbtInd, at).amount };
    if (code === 'CLBD') closing = value;
    else if (code === 'OPBD' || !opening) opening = value;
  });
  return { opening, closing } as { opening: ParsedBalance | null; closing: ParsedBalance | null };
}

function entry(n: Node, at: string, currency: string | null): ParsedLine | null {
  const status = text(n.Sts?.Cd) ?? text(n.Sts);
  if (status !== 'BOOK') return null;
  const { amount: value, currency: ccy } = amount(n, n.CdtDbtInd, at);
  if (currency && ccy && ccy !== currency) throw new StatementParseError(`Ccy ${ccy} differs from the account's ${currency}`, `${at}/Amt`);
  const booking = date(n.BookgDt, `${at}/BookgDt`) ?? date(n.ValDt, `${at}/ValDt`);
  if (!booking) throw new StatementParseError('BookgDt is missing', at);
  const details: Node[] = (n.NtryDtls ?? []).flatMap((d: Node) => d?.TxDtls ?? []);
  const first = details[0] ?? {};
  const parties = first.RltdPties ?? {};
  const party = value.startsWith('-') ? (parties.Cdtr ?? {}) : (parties.Dbtr ?? {});
  const words = [text(n.AddtlNtryInf), ...details.flatMap((d) => [...(d.RmtInf?.Ustrd ?? []).map(text), text(d.AddtlTxInf)])].filter((w): w is string => !!w);
  return {
    bookingDate: booking,
    valueDate: date(n.ValDt, `${at}/ValDt`),
    amount: value,
    text: [...new Set(words)].join(' — '),
    bankRef: text(n.AcctSvcrRef) ?? (details.length === 1 ? text(first.Refs?.AcctSvcrRef) : null),
    entryRef: text(n.NtryRef),
    endToEndId: details.length === 1 ? (text(first.Refs?.EndToEndId) ?? null) : null,
    counterparty: text(party.Nm) ?? text(party.Pty?.Nm),
    source: at,
  };
}

export function parseCamt(xml: string): ParsedStatement[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new StatementParseError(valid.err.msg, `line ${valid.err.line}, column ${valid.err.col}`);
  const doc = parser.parse(xml)?.Document;
  if (!doc) throw new StatementParseError('no Document element', 'Document');
  const kind = KINDS.find(([k]) => doc[k]);
  if (!kind) throw new StatementParseError('not a camt.052, camt.053 or camt.054 message', 'Document');
  const [root, item] = kind;
  const out: ParsedStatement[] = [];
  (doc[root][item] ?? []).forEach((s: Node, i: number) => {
    const where = `Document/${root}/${item}[${i + 1}]`;
    const acct = s.Acct ?? {};
    const { opening, closing } = balances(s, where);
    const currency = text(acct.Ccy) ?? (s.Ntry?.[0]?.Amt?.['@Ccy'] as string | undefined) ?? null;
    const lines = (s.Ntry ?? [])
      .map((n: Node, j: number) => entry(n, `${where}/Ntry[${j + 1}]`, currency))
      .filter((l: ParsedLine | null): l is ParsedLine => !!l);
    const from = text(s.FrToDt?.FrDtTm) ?? text(s.FrToDt?.FrDt);
    const to = text(s.FrToDt?.ToDtTm) ?? text(s.FrToDt?.ToDt);
    out.push({
      reference: [text(s.Id), text(s.ElctrncSeqNb)].filter(Boolean).join('/') || null,
      account: text(acct.Id?.IBAN) ?? text(acct.Id?.Othr?.Id),
      currency,
      opening,
      closing,
      from: from ? isoDate(from, `${where}/FrToDt`) : (opening?.date ?? null),
      to: to ? isoDate(to, `${where}/FrToDt`) : (closing?.date ?? null),
      lines,
      source: where,
    });
  });
  if (out.length === 0) throw new StatementParseError(`no ${item} element`, `Document/${root}`);
  return out;
}
