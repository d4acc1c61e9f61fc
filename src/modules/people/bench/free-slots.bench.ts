/** CPU time of the free-slot finder over 31 days at 15-minute steps, every hour worked (the worst case: every candidate checked for every attendee). `npx tsx src/modules/people/bench/free-slots.bench.ts` */
import { freeSlots } from '../free-slots.ts';

const zones = ['Europe/Berlin', 'Asia/Riyadh', 'America/New_York', 'Asia/Kolkata'];
for (const n of [2, 10, 50]) {
  const attendees = Array.from({ length: n }, (_, i) => ({
    employeeId: String(i),
    timeZone: zones[i % 4] as string,
    leave: new Map(),
    busy: [] as [number, number][],
  }));
  const rules = { workWeek: [0, 1, 2, 3, 4, 5, 6], dayStart: 0, dayEnd: 1440, holidays: new Map() };
  const t0 = process.cpuUsage();
  const s = freeSlots(attendees, rules, { from: '2027-01-01', to: '2027-01-31', durationMinutes: 60, stepMinutes: 15, notBefore: new Date(0) });
  const t = process.cpuUsage(t0);
  console.log(JSON.stringify({ attendees: n, days: 31, step: 15, slots: s.length, cpuMs: Math.round((t.user + t.system) / 1000) }));
}
