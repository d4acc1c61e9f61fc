/**
 * IBAN rules (ISO 13616): two letters of country, two check digits, then the national account
 * number (BBAN), 15 to 34 characters in all. Valid when the number, rearranged (first four
 * characters moved to the end, letters as 10–35), leaves remainder 1 modulo 97.
 */
const LENGTHS: Record<string, number> = {
  AE: 23,
  AT: 20,
  BE: 16,
  BH: 22,
  CH: 21,
  DE: 22,
  DK: 18,
  EG: 29,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  IE: 22,
  IT: 27,
  JO: 30,
  KW: 30,
  LB: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PL: 28,
  PT: 25,
  QA: 29,
  SA: 24,
  SE: 24,
  TR: 26,
};

/** Upper case without spaces, the electronic form of an IBAN. */
export const normalizeIban = (text: string) => text.replace(/\s+/g, '').toUpperCase();

/** The remainder modulo 97 of the rearranged IBAN, computed digit by digit (no big numbers). */
export function ibanRemainder(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = (rest * (value > 9 ? 100 : 10) + value) % 97;
  }
  return rest;
}

/** Why an IBAN is not valid, or undefined when it is. */
export function ibanProblem(text: string): string | undefined {
  const iban = normalizeIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return 'An IBAN is two letters, two check digits and up to 30 letters or digits';
  const expected = LENGTHS[iban.slice(0, 2)];
  if (expected && iban.length !== expected) return `A ${iban.slice(0, 2)} IBAN has ${expected} characters, not ${iban.length}`;
  if (ibanRemainder(iban) !== 1) return 'The IBAN check digits do not match (mod 97)';
  return undefined;
}

/** The IBAN printed in groups of four, as on a bank statement. */
export const formatIban = (text: string) =>
  normalizeIban(text)
    .replace(/(.{4})/g, '$1 ')
    .trim();
