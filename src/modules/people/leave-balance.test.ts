import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { accrualsOfYear, type LeaveMovement, type LeavePolicyTerms, leaveBalance } from './leave-balance.ts';
import { dateOfDayNumber } from './working-days.ts';

const annual: LeavePolicyTerms = { accrual: 'yearly', perYear: 2100, carryOverCap: null };
const monthly: LeavePolicyTerms = { accrual: 'monthly', perYear: 2400, carryOverCap: null };

// 2020-01-01 … 2027-12-31
const dayArb = fc.integer({ min: 18262, max: 20818 }).map(dateOfDayNumber);
const termsArb = fc.record({
  accrual: fc.constantFrom('monthly' as const, 'yearly' as const),
  perYear: fc.integer({ min: 0, max: 6000 }),
  carryOverCap: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: null }),
});
const movementsArb = fc.array(
  fc.oneof(
    fc.record({ date: dayArb, kind: fc.constant('usage' as const), amount: fc.integer({ min: 50, max: 1000 }) }),
    fc.record({ date: dayArb, kind: fc.constant('adjustment' as const), amount: fc.integer({ min: -500, max: 500 }) }),
  ),
  { maxLength: 15 },
);

describe('leaveBalance', () => {
  it('accrues a yearly entitlement on 1 January, pro rata in the hire year', () => {
    expect(leaveBalance(annual, { hireDate: '2024-01-01' }, [], '2024-06-30').accrued).toBe(2100);
    // hired on 1 July 2025: 184 of 365 days left
    expect(leaveBalance(annual, { hireDate: '2025-07-01' }, [], '2025-07-01').accrued).toBe(Math.floor((2100 * 184) / 365));
    expect(leaveBalance(annual, { hireDate: '2025-07-01' }, [], '2026-01-01').accrued).toBe(Math.floor((2100 * 184) / 365) + 2100);
    expect(leaveBalance(annual, { hireDate: '2025-07-01' }, [], '2025-06-30').accrued).toBe(0);
  });

  it('accrues a twelfth at each month end, pro rata in the hire month, nothing after the end date', () => {
    expect(leaveBalance(monthly, { hireDate: '2025-01-01' }, [], '2025-03-30').accrued).toBe(400);
    expect(leaveBalance(monthly, { hireDate: '2025-01-01' }, [], '2025-03-31').accrued).toBe(600);
    // hired on 16 April: 15 of 30 days
    expect(leaveBalance(monthly, { hireDate: '2025-04-16' }, [], '2025-04-30').accrued).toBe(100);
    expect(leaveBalance(monthly, { hireDate: '2025-01-01', endDate: '2025-02-28' }, [], '2025-12-31').accrued).toBe(400);
  });

  it('forfeits above the carry-over cap at the year end, and carries a negative balance in full', () => {
    const capped = { ...annual, carryOverCap: 500 };
    const b = leaveBalance(capped, { hireDate: '2024-01-01' }, [{ date: '2024-03-01', kind: 'usage', amount: 600 }], '2025-01-01');
    expect(b).toEqual({ accrued: 4200, used: 600, adjusted: 0, forfeited: 1000, balance: 2600 });
    const owed = leaveBalance(capped, { hireDate: '2024-01-01' }, [{ date: '2024-03-01', kind: 'usage', amount: 2600 }], '2025-01-01');
    expect(owed.forfeited).toBe(0);
    expect(owed.balance).toBe(-500 + 2100);
  });

  test.prop([termsArb, dayArb, movementsArb, dayArb])(
    'a balance is always accruals minus usage plus adjustments minus what the cap forfeited',
    (terms, hireDate, movements, asOf) => {
      const b = leaveBalance(terms, { hireDate }, movements, asOf);
      expect(b.balance).toBe(b.accrued - b.used + b.adjusted - b.forfeited);
      expect(b.forfeited).toBeGreaterThanOrEqual(0);
      const counted = movements.filter((m) => m.date <= asOf);
      expect(b.used).toBe(counted.filter((m) => m.kind === 'usage').reduce((s, m) => s + m.amount, 0));
      expect(b.adjusted).toBe(counted.filter((m) => m.kind === 'adjustment').reduce((s, m) => s + m.amount, 0));
      if (terms.carryOverCap === null) expect(b.forfeited).toBe(0);
    },
  );

  test.prop([termsArb, dayArb, movementsArb, dayArb, dayArb])('accruals never shrink as time passes', (terms, hireDate, movements, a, b) => {
    const [early, late] = a <= b ? [a, b] : [b, a];
    expect(leaveBalance(terms, { hireDate }, movements, late).accrued).toBeGreaterThanOrEqual(leaveBalance(terms, { hireDate }, movements, early).accrued);
  });

  test.prop([termsArb, fc.integer({ min: 2020, max: 2027 }), dayArb])(
    'a year accrues at most its entitlement, all of it for a full year of service (monthly within rounding)',
    (terms, year, hireDate) => {
      const sum = (xs: { amount: number }[]) => xs.reduce((s, x) => s + x.amount, 0);
      const part = sum(accrualsOfYear(terms, year, hireDate, null));
      expect(part).toBeLessThanOrEqual(terms.perYear);
      const full = sum(accrualsOfYear(terms, year, `${year - 1}-06-01`, null));
      expect(full).toBeGreaterThanOrEqual(terms.perYear - (terms.accrual === 'monthly' ? 11 : 0));
    },
  );

  test.prop([termsArb, dayArb, movementsArb, fc.integer({ min: 2021, max: 2027 })])(
    'on 1 January the carried balance is at most the cap, before that year’s accruals',
    (terms, hireDate, movements, year) => {
      fc.pre(terms.carryOverCap !== null);
      const justBefore: LeaveMovement[] = movements.filter((m) => m.date < `${year}-01-01`);
      const opening = leaveBalance(terms, { hireDate, endDate: `${year - 1}-12-31` }, justBefore, `${year}-01-01`);
      expect(opening.balance).toBeLessThanOrEqual(terms.carryOverCap ?? 0);
    },
  );
});
