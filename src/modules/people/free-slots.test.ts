import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type DayOff, freeSlots, type SlotAttendee, type SlotRules } from './free-slots.ts';
import { localParts, offsetMinutes, zonedToUtc } from './zoned-time.ts';

const ZONES = ['Europe/Berlin', 'Asia/Riyadh', 'America/New_York', 'Asia/Kolkata', 'UTC'];
const rules: SlotRules = { workWeek: [0, 1, 2, 3, 4], dayStart: 9 * 60, dayEnd: 17 * 60, holidays: new Map() };
const DAY = 86_400_000;
const BASE = Date.parse('2026-03-22T00:00:00Z'); // the week of the March change in Europe

describe('zoned time', () => {
  it('converts wall-clock times on both sides of the Berlin changes', () => {
    expect(zonedToUtc('2026-03-28', 600, 'Europe/Berlin').toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(zonedToUtc('2026-03-30', 600, 'Europe/Berlin').toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(zonedToUtc('2026-10-24', 600, 'Europe/Berlin').toISOString()).toBe('2026-10-24T08:00:00.000Z');
    expect(zonedToUtc('2026-10-26', 600, 'Europe/Berlin').toISOString()).toBe('2026-10-26T09:00:00.000Z');
    expect(zonedToUtc('2026-03-29', 150, 'Europe/Berlin').toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 02:30 does not exist: moved on
    expect(offsetMinutes(new Date('2026-07-01T00:00:00Z'), 'Asia/Riyadh')).toBe(180);
  });

  test.prop([fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 1439 })])(
    'round-trips every wall-clock time that exists',
    (zone, day, minute) => {
      const date = new Date(BASE + day * DAY).toISOString().slice(0, 10);
      const back = localParts(zonedToUtc(date, minute, zone), zone);
      // a time in a spring-forward gap comes back an hour later; every other time exactly
      expect(back.date === date && (back.minute === minute || back.minute === minute + 60)).toBe(true);
    },
  );
});

const attendeeArb = fc.record({
  employeeId: fc.uuid(),
  timeZone: fc.constantFrom(...ZONES),
  leave: fc
    .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom<DayOff>('full', 'morning', 'afternoon')), { maxLength: 3 })
    .map((l) => new Map(l.map(([d, off]) => [new Date(BASE + d * DAY).toISOString().slice(0, 10), off]))),
  busy: fc
    .array(fc.tuple(fc.integer({ min: 0, max: 7 * 96 }), fc.integer({ min: 1, max: 16 })), { maxLength: 8 })
    .map((b) => b.map(([q, len]) => [BASE + q * 900_000, BASE + (q + len) * 900_000] as [number, number])),
});

describe('freeSlots', () => {
  test.prop([fc.array(attendeeArb, { minLength: 1, maxLength: 3 }), fc.constantFrom(30, 60, 90), fc.constantFrom(15, 30, 60)], { numRuns: 40 })(
    'every slot is inside each attendee’s working day, off leave, and clear of their appointments',
    (attendees: SlotAttendee[], duration, step) => {
      const slots = freeSlots(attendees, rules, { from: '2026-03-22', to: '2026-03-28', durationMinutes: duration, stepMinutes: step, notBefore: new Date(0) });
      for (const s of slots) {
        const [start, end] = [Date.parse(s.startsAt), Date.parse(s.endsAt)];
        expect(end - start).toBe(duration * 60_000);
        expect(start % (step * 60_000)).toBe(0);
        for (const a of attendees) {
          const l = localParts(new Date(start), a.timeZone);
          expect(rules.workWeek).toContain(new Date(`${l.date}T00:00:00Z`).getUTCDay());
          expect(l.minute).toBeGreaterThanOrEqual(a.leave.get(l.date) === 'morning' ? 12 * 60 : rules.dayStart);
          expect(l.minute + duration).toBeLessThanOrEqual(a.leave.get(l.date) === 'afternoon' ? 12 * 60 : rules.dayEnd);
          expect(a.leave.get(l.date)).not.toBe('full');
          expect(a.busy.some(([bs, be]) => bs < end && be > start)).toBe(false);
        }
      }
    },
  );

  it('offers nothing on a full holiday and only the morning of a half one', () => {
    const omar: SlotAttendee = { employeeId: 'o', timeZone: 'Asia/Riyadh', leave: new Map(), busy: [] };
    const holidays = new Map([
      ['2026-03-23', false],
      ['2026-03-24', true],
    ]);
    const q = { durationMinutes: 60, stepMinutes: 60, notBefore: new Date(0) };
    expect(freeSlots([omar], { ...rules, holidays }, { ...q, from: '2026-03-23', to: '2026-03-23' })).toEqual([]);
    expect(freeSlots([omar], { ...rules, holidays }, { ...q, from: '2026-03-24', to: '2026-03-24' }).map((s) => s.startsAt)).toEqual([
      '2026-03-24T06:00:00.000Z',
      '2026-03-24T07:00:00.000Z',
      '2026-03-24T08:00:00.000Z',
    ]);
  });
});
