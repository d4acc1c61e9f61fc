import type { BankRuleTable } from './banking.tables.ts';

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/**
 * Whole-text wildcard match: `*` any run of characters, `?` one character. Linear-space dynamic
 * programming over text × pattern, so no pattern a user saves can make it backtrack exponentially.
 */
export function wildcardMatch(pattern: string, text: string): boolean {
  const p = [...fold(pattern)];
  const t = [...fold(text)];
  let prev = new Array<boolean>(t.length + 1).fill(false);
  prev[0] = true;
  for (let i = 1; i <= p.length; i++) {
    const cur = new Array<boolean>(t.length + 1).fill(false);
    cur[0] = prev[0] && p[i - 1] === '*';
    for (let j = 1; j <= t.length; j++) {
      if (p[i - 1] === '*') cur[j] = cur[j - 1] || prev[j];
      else cur[j] = prev[j - 1] && (p[i - 1] === '?' || p[i - 1] === t[j - 1]);
    }
    prev = cur;
  }
  return prev[t.length];
}

/** Does a rule take this statement line? Text (contains, or the whole text matches the pattern) and amount range (signed, inclusive). */
export function ruleTakes(
  rule: Pick<BankRuleTable, 'text_contains' | 'text_pattern' | 'min_amount' | 'max_amount'>,
  line: { text: string; amount: bigint },
): boolean {
  if (rule.text_contains && !fold(line.text).includes(fold(rule.text_contains))) return false;
  if (rule.text_pattern && !wildcardMatch(rule.text_pattern, line.text)) return false;
  if (rule.min_amount !== null && line.amount < BigInt(rule.min_amount)) return false;
  if (rule.max_amount !== null && line.amount > BigInt(rule.max_amount)) return false;
  return true;
}
