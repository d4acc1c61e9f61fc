/**
 * Pure arithmetic of the rolling forecast and of scenarios, in minor units (bigint, natural sign).
 */

export type Source = 'actual' | 'budget' | 'trend';
export interface Method {
  method: 'budget' | 'trend';
  trendMonths: number;
}

/** n / d rounded half away from zero. */
export function divRound(n: bigint, d: bigint): bigint {
  if (d < 0n) return divRound(-n, -d);
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  return (r < 0n ? -r : r) * 2n >= d ? q + (n < 0n ? -1n : 1n) : q;
}

/**
 * The least-squares line through the points (month index, value), evaluated at `x`; one point gives
 * that value (flat). Exact rational arithmetic, rounded half away from zero.
 */
export function trendAt(points: { x: number; y: bigint }[], x: number): bigint {
  const n = BigInt(points.length);
  if (n === 0n) return 0n;
  let sx = 0n;
  let sy = 0n;
  let sxx = 0n;
  let sxy = 0n;
  for (const p of points) {
    const px = BigInt(p.x);
    sx += px;
    sy += p.y;
    sxx += px * px;
    sxy += px * p.y;
  }
  const den = n * sxx - sx * sx;
  if (den === 0n) return divRound(sy, n);
  // y(x) = (sy·den + (n·sxy − sx·sy)·(n·x − sx)) / (n·den)
  return divRound(sy * den + (n * sxy - sx * sy) * (n * BigInt(x) - sx), n * den);
}

/**
 * One forecast line: a closed month shows its actual; an open month the budget, or the trend of the
 * last `trendMonths` closed months before it (the budget while no month is closed).
 */
export function forecastLine(budget: bigint[], actual: bigint[], closed: boolean[], m: Method): { values: bigint[]; sources: Source[] } {
  const closedIdx = closed.flatMap((c, i) => (c ? [i] : []));
  const values: bigint[] = [];
  const sources: Source[] = [];
  for (const [i, b] of budget.entries()) {
    if (closed[i]) {
      values.push(actual[i] ?? 0n);
      sources.push('actual');
      continue;
    }
    const before = m.method === 'trend' ? closedIdx.filter((j) => j < i).slice(-Math.max(1, m.trendMonths)) : [];
    if (before.length > 0) {
      values.push(
        trendAt(
          before.map((j) => ({ x: j, y: actual[j] ?? 0n })),
          i,
        ),
      );
      sources.push('trend');
    } else {
      values.push(b);
      sources.push('budget');
    }
  }
  return { values, sources };
}

export interface Adjustment {
  kind: 'percent' | 'one-off' | 'hire';
  accountIds: string[];
  /** index of the month it starts in (one-off: the month) */
  fromIndex: number;
  percent?: string;
  /** minor units, natural sign */
  amount?: bigint;
}

/** `amount × (100 + percent) / 100`, rounded half away from zero (percent a decimal string). */
export function withPercent(amount: bigint, percent: string): bigint {
  const m = /^(-?)(\d{1,4})(?:\.(\d{1,4}))?$/.exec(percent);
  if (!m) throw new RangeError(`"${percent}" is not a percentage`);
  const scaled = BigInt(m[2] as string) * 10_000n + BigInt((m[3] ?? '').padEnd(4, '0'));
  return divRound(amount * (1_000_000n + (m[1] ? -scaled : scaled)), 1_000_000n);
}

/** A scenario's lines: the base lines (account → twelve values) with the adjustments applied in order. The base is not changed. */
export function applyAdjustments(base: Map<string, bigint[]>, adjustments: Adjustment[], months = 12): Map<string, bigint[]> {
  const out = new Map([...base].map(([k, v]) => [k, [...v]]));
  const line = (id: string) => {
    const l = out.get(id) ?? Array.from({ length: months }, () => 0n);
    out.set(id, l);
    return l;
  };
  for (const a of adjustments) {
    for (const id of a.accountIds) {
      const l = line(id);
      for (let i = a.fromIndex; i < months; i++) {
        if (a.kind === 'percent') l[i] = withPercent(l[i] as bigint, a.percent ?? '0');
        else if (a.kind === 'hire' || i === a.fromIndex) l[i] = (l[i] as bigint) + (a.amount ?? 0n);
      }
    }
  }
  return out;
}

/**
 * Net income and cash by month from lines in natural sign: net income = income − expense; cash flow =
 * net income − asset increases + liability and equity increases (an amount is received or paid in the
 * month it is planned); cash is the running sum from the first month.
 */
export function netIncomeAndCash(lines: Map<string, bigint[]>, typeOf: (accountId: string) => string, months = 12) {
  const net = Array.from({ length: months }, () => 0n);
  const flow = Array.from({ length: months }, () => 0n);
  for (const [id, v] of lines) {
    const type = typeOf(id);
    for (let i = 0; i < months; i++) {
      const x = v[i] ?? 0n;
      if (type === 'income') net[i] += x;
      if (type === 'expense') net[i] -= x;
      flow[i] += type === 'asset' ? -x : type === 'income' || type === 'liability' || type === 'equity' ? x : -x;
    }
  }
  let run = 0n;
  const cash = flow.map((f) => {
    run += f;
    return run;
  });
  return { netIncome: net, cash };
}
