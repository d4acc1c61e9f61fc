import { describe, expect, it } from 'vitest';
import ar from '../../../web/src/i18n/ar.ts';
import en from '../../../web/src/i18n/en.ts';
import { LEDGER_REFUSAL_CODES, LEDGER_REFUSALS, reason, refusalText } from './refusals.ts';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: unknown, key: string): string | undefined => {
  let at: unknown = tree;
  for (const part of key.split('.')) at = (at as Tree | undefined)?.[part];
  return typeof at === 'string' ? at : undefined;
};
const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('ledger refusal codes', () => {
  it('every code the server can send has an English and an Arabic translation with the same params', () => {
    expect(LEDGER_REFUSAL_CODES.length).toBeGreaterThan(50);
    for (const code of LEDGER_REFUSAL_CODES) {
      const server = vars(LEDGER_REFUSALS[code]);
      for (const [lang, catalog] of [
        ['en', en],
        ['ar', ar],
      ] as const) {
        const text = lookup(catalog, `refusals.${code}`);
        expect(text, `${lang} refusals.${code}`).toBeTypeOf('string');
        expect([code, lang, vars(text as string)]).toEqual([code, lang, server]);
      }
    }
  });

  it('the Arabic is Arabic, not a copy of the English', () => {
    for (const code of LEDGER_REFUSAL_CODES) expect([code, /[\u0600-\u06FF]/.test(lookup(ar, `refusals.${code}`) ?? '')]).toEqual([code, true]);
  });

  it('words the English message from the params', () => {
    expect(refusalText('ledger.account_currency_only', { account: '1100', currency: 'USD' })).toBe('Account 1100 takes only USD');
    expect(reason('ledger.entry_two_lines')).toEqual({ code: 'ledger.entry_two_lines', message: 'An entry needs at least two lines' });
    expect(reason('ledger.unbalanced', { currency: 'SAR', debit: '10.00', credit: '5.00' }).message).toBe('SAR: debits 10.00 ≠ credits 5.00');
  });
});
