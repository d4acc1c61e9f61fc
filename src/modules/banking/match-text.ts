/** Reference-like tokens in statement and ledger texts, and the references two texts share (the matcher's text facts). */

/**
 * Reference-like tokens: letters and digits mixed (INV-2041, E2E/77A1), or six digits or more; a
 * token is a run of letters, digits and `-/._`, separators dropped. One pass over the text.
 */
export function referenceTokens(text: string): string[] {
  return tokensOf(text.toUpperCase());
}

function tokensOf(up: string): string[] {
  const out: string[] = [];
  let start = -1;
  let letters = 0;
  let digits = 0;
  let separators = 0;
  for (let k = 0; k <= up.length; k++) {
    const c = k < up.length ? up.charCodeAt(k) : 32;
    const digit = c >= 48 && c <= 57;
    const letter = c >= 65 && c <= 90;
    const separator = c === 45 || c === 46 || c === 47 || c === 95;
    if (digit || letter || separator) {
      if (start < 0) {
        if (separator) continue; // a token starts with a letter or a digit
        start = k;
      }
      if (digit) digits++;
      else if (letter) letters++;
      else separators++;
      continue;
    }
    if (start >= 0 && ((letters > 0 && digits > 0 && letters + digits >= 4) || (letters === 0 && digits >= 6))) {
      const raw = up.slice(start, k);
      const t = separators > 0 ? raw.replace(/[-/._]/g, '') : raw;
      if (!out.includes(t)) out.push(t);
    }
    start = -1;
    letters = digits = separators = 0;
  }
  return out;
}

/** A ledger-side reference found in the bank text, or a bank reference found in the ledger text. */
export function sharedReference(bankText: string, ledgerText: string): string | undefined {
  return shared(textFacts(bankText), textFacts(ledgerText));
}

export interface TextFacts {
  /** The text in upper case. */
  up: string;
  tokens: string[];
}
/** A text in upper case and its reference tokens. */
export function textFacts(text: string): TextFacts {
  const up = text.toUpperCase();
  return { up, tokens: tokensOf(up) };
}

/** A token (letters and digits) found in the text's squashed form, i.e. with every character other than A–Z and 0–9 left out; nothing is built to look. */
function inSquashed(up: string, token: string): boolean {
  const n = up.length;
  const m = token.length;
  const first = token.charCodeAt(0);
  for (let s = 0; s < n; s++) {
    if (up.charCodeAt(s) !== first) continue;
    let k = 1;
    for (let p = s + 1; k < m && p < n; p++) {
      const c = up.charCodeAt(p);
      if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90))) continue;
      if (c !== token.charCodeAt(k)) break;
      k++;
    }
    if (k === m) return true;
  }
  return false;
}

export function shared(bank: TextFacts, ledger: TextFacts): string | undefined {
  for (const t of ledger.tokens) if (inSquashed(bank.up, t)) return t;
  for (const t of bank.tokens) if (inSquashed(ledger.up, t)) return t;
  return undefined;
}
