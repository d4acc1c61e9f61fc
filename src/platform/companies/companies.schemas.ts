import { z } from '@hono/zod-openapi';

const timeZones = new Set(Intl.supportedValuesOf('timeZone'));
timeZones.add('UTC');

export const timeZone = z.string().refine((tz) => timeZones.has(tz), 'Unknown IANA time zone');
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'Three upper-case letters (ISO 4217)');
export const language = z.enum(['en', 'ar']);
export const workWeek = z
  .array(z.number().int().min(0).max(6))
  .min(1)
  .max(7)
  .refine((d) => new Set(d).size === d.length, 'Days must not repeat');

export const newCompanySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    nameAr: z.string().trim().max(200).optional(),
    baseCurrency: currencyCode,
    language: language.default('en'),
    timeZone: timeZone.default('UTC'),
    workWeek: workWeek.default([1, 2, 3, 4, 5]),
    fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
  })
  .openapi('NewCompany');
export type NewCompany = z.infer<typeof newCompanySchema>;

export const companySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    nameAr: z.string().nullable(),
    baseCurrency: z.string(),
    language: language,
    timeZone: z.string(),
    workWeek: z.array(z.number()),
    fiscalYearStartMonth: z.number(),
  })
  .openapi('Company');
export type Company = z.infer<typeof companySchema>;
