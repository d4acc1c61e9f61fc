import type { ReactNode } from 'react';

/** Digits, months and signed amounts read left to right in both languages (an isolated LTR run): a minus stays in front in Arabic. */
export function Ltr({ children }: { children: ReactNode }) {
  return (
    <span dir="ltr" style={{ unicodeBidi: 'isolate', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {children}
    </span>
  );
}
