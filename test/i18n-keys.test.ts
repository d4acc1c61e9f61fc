import { describe, expect, it } from 'vitest';
import { errorCodes } from '../src/platform/errors.ts';

type Tree = { [key: string]: string | Tree };

import arCatalog from '../web/src/i18n/ar.ts';
import enCatalog from '../web/src/i18n/en.ts';

const load = (lang: string): Tree => (lang === 'ar' ? arCatalog : enCatalog) as unknown as Tree;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

// i18next v4 JSON plurals: English needs _one/_other, Arabic all six CLDR forms.
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const arabicForms = ['zero', 'one', 'two', 'few', 'many', 'other'];
const englishForms = ['one', 'other'];

const baseKeys = (keys: Map<string, string>) => new Set([...keys.keys()].map((k) => k.replace(pluralSuffix, '')));

function pluralBases(keys: Map<string, string>): Map<string, Set<string>> {
  const bases = new Map<string, Set<string>>();
  for (const key of keys.keys()) {
    const match = key.match(pluralSuffix);
    if (!match) continue;
    const base = key.replace(pluralSuffix, '');
    if (!bases.has(base)) bases.set(base, new Set());
    bases.get(base)?.add(match[1]);
  }
  return bases;
}

describe('web translations', () => {
  const en = flatten(load('en'));
  const ar = flatten(load('ar'));

  it('English and Arabic have the same keys', () => {
    expect([...baseKeys(ar)].sort()).toEqual([...baseKeys(en)].sort());
  });

  it('has no empty values', () => {
    for (const [lang, keys] of [
      ['en', en],
      ['ar', ar],
    ] as const) {
      const empty = [...keys].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('writes every plural form each language needs', () => {
    for (const [base, forms] of pluralBases(ar)) expect([base, [...forms].sort()]).toEqual([base, [...arabicForms].sort()]);
    for (const [base, forms] of pluralBases(en)) {
      for (const form of englishForms) expect([base, forms.has(form)]).toEqual([base, true]);
    }
  });

  it('translates every server error code', () => {
    for (const code of Object.keys(errorCodes)) {
      expect(en.has(`errors.${code}`), `en errors.${code}`).toBe(true);
      expect(ar.has(`errors.${code}`), `ar errors.${code}`).toBe(true);
    }
  });

  it('names every module in the navigation', () => {
    const nav = [
      'home',
      'profile',
      'users',
      'roles',
      'audit',
      'notifications',
      'ledger',
      'people',
      'banking',
      'budgets',
      'service_desk',
      'documents',
      'analysis',
      'risk',
      'customers',
    ];
    for (const key of nav) expect(en.has(`nav.${key}`) && ar.has(`nav.${key}`), `nav.${key}`).toBe(true);
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) =>
      [...s.matchAll(/\{\{(\w+)\}\}/g)]
        .map((m) => m[1])
        .filter((v) => v !== 'count')
        .sort();
    for (const [key, value] of en) {
      const base = key.replace(pluralSuffix, '');
      const arValue = ar.get(key) ?? ar.get(`${base}_other`);
      if (arValue !== undefined) expect([key, vars(arValue)]).toEqual([key, vars(value)]);
    }
  });
});

describe('translation catalogues kept per module', () => {
  it('merge deeply, and refuse a key defined in two files', async () => {
    const { mergeCatalogs } = await import('../web/src/i18n/merge-catalogs.ts');
    expect(mergeCatalogs({ a: { b: 'x' } }, { a: { c: 'y' } })).toEqual({ a: { b: 'x', c: 'y' } });
    expect(() => mergeCatalogs({ a: { b: 'x' } }, { a: { b: 'y' } })).toThrow(/a\.b is defined twice/);
  });
});
