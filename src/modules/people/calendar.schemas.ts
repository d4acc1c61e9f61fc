import { z } from '@hono/zod-openapi';
import { isoDate } from './people.schemas.ts';

const name = z.string().trim().min(1).max(200);

export const holidayInputSchema = z
  .strictObject({ date: isoDate, nameEn: name, nameAr: name, halfDay: z.boolean().default(false) })
  .openapi('PeopleHolidayInput');
export type HolidayInput = z.input<typeof holidayInputSchema>;

export const holidaySchema = z.object({ id: z.string(), date: isoDate, nameEn: z.string(), nameAr: z.string(), halfDay: z.boolean() }).openapi('PeopleHoliday');
export type HolidayView = z.infer<typeof holidaySchema>;

export const yearQuery = z.object({ year: z.coerce.number().int().min(1900).max(2999) });

export const calendarSchema = z
  .object({
    year: z.number(),
    /** The company's work week, 0 = Sunday … 6 = Saturday (set on the company). */
    workWeek: z.array(z.number()),
    holidays: z.array(holidaySchema),
    /** Working days in the year under this week and these holidays. */
    workingDays: z.number(),
  })
  .openapi('PeopleCalendar');
export type CalendarView = z.infer<typeof calendarSchema>;

export const workingDaysQuery = z.object({
  from: isoDate,
  to: isoDate,
  startsAfternoon: z.enum(['true', 'false']).optional(),
  endsMidday: z.enum(['true', 'false']).optional(),
});
export const workingDaysSchema = z.object({ from: isoDate, to: isoDate, workingDays: z.number() }).openapi('PeopleWorkingDays');
