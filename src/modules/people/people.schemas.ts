import { z } from '@hono/zod-openapi';
import { ibanProblem, normalizeIban } from './iban.ts';
import { EMPLOYMENT_TYPES, PAY_BASES, WORK_LOCATIONS } from './people.tables.ts';
import { REDACTED_WITHOUT_REVEAL } from './sensitive-fields.ts';

const timeZones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
const isIsoDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export const isoDate = z.string().refine(isIsoDate, 'A calendar date written YYYY-MM-DD').openapi({ example: '2026-03-14' });
export const timeZone = z.string().refine((tz) => timeZones.has(tz), 'Unknown IANA time zone');
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'Three upper-case letters (ISO 4217)');
export const decimalAmount = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,4})?$/, 'A positive decimal amount such as 18.50')
  .openapi({ example: '18.50' });
export const iban = z
  .string()
  .max(42)
  .superRefine((v, ctx) => {
    const problem = ibanProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform(normalizeIban)
  .openapi({ example: 'SA03 8000 0000 6080 1016 7519' });

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const optionalId = z.uuid().nullable().optional();

/** The sensitive fields as written: encrypted before they reach the database. */
const sensitiveInput = {
  nationalId: z.string().trim().max(40).nullable().optional(),
  birthDate: isoDate.nullable().optional(),
  iban: iban.nullable().optional(),
  emergencyContact: optionalText(300),
  healthNotes: optionalText(2000),
};

export const compensationInputSchema = z
  .strictObject({
    effectiveDate: isoDate,
    amount: decimalAmount,
    currency: currencyCode,
    basis: z.enum(PAY_BASES),
    reason: text(300),
  })
  .openapi('PeopleCompensationInput');
export type CompensationInput = z.infer<typeof compensationInputSchema>;

export const jobChangeSchema = z
  .strictObject({
    effectiveDate: isoDate,
    /** Omitted: kept from the assignment in effect on that date; null: cleared. */
    departmentId: optionalId,
    positionId: optionalId,
    managerId: optionalId,
    reason: text(300),
  })
  .openapi('PeopleJobChange');
export type JobChangeInput = z.infer<typeof jobChangeSchema>;

const employeeFields = {
  employeeNumber: z
    .string()
    .trim()
    .min(1)
    .max(30)
    .regex(/^[A-Za-z0-9._/-]+$/, 'Letters, digits and . _ / - only'),
  nameEn: text(200),
  nameAr: text(200),
  email: z.email().max(254).nullable().optional(),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ()-]*$/, 'Digits, spaces and + ( ) - only')
    .nullable()
    .optional(),
  address: optionalText(500),
  userId: optionalId,
  hireDate: isoDate,
  endDate: isoDate.nullable().optional(),
  endReason: optionalText(300),
  employmentType: z.enum(EMPLOYMENT_TYPES),
  workLocation: z.enum(WORK_LOCATIONS),
  timeZone,
  ...sensitiveInput,
};

export const employeeInputSchema = z
  .strictObject({
    ...employeeFields,
    departmentId: optionalId,
    positionId: optionalId,
    managerId: optionalId,
    /** The starting pay, effective from the hire date. */
    compensation: compensationInputSchema
      .omit({ effectiveDate: true, reason: true })
      .extend({ reason: text(300).optional() })
      .optional(),
  })
  .openapi('PeopleEmployeeInput');
export type EmployeeInput = z.infer<typeof employeeInputSchema>;

/** Identity, contact and employment terms; department, position, manager and pay change through dated records. */
export const employeePatchSchema = z.strictObject(employeeFields).partial().openapi('PeopleEmployeePatch');
export type EmployeePatch = z.infer<typeof employeePatchSchema>;

export const assignmentSchema = z.object({
  effectiveDate: isoDate,
  until: isoDate.nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.object({ en: z.string(), ar: z.string() }).nullable(),
  positionId: z.string().nullable(),
  positionTitle: z.object({ en: z.string(), ar: z.string() }).nullable(),
  managerId: z.string().nullable(),
  managerName: z.object({ en: z.string(), ar: z.string() }).nullable(),
  reason: z.string(),
  recordedAt: z.string(),
});
export type AssignmentView = z.infer<typeof assignmentSchema>;

export const compensationSchema = z
  .object({
    id: z.string(),
    effectiveDate: isoDate,
    until: isoDate.nullable(),
    amount: z.string().openapi({ example: '48000.00' }),
    currency: z.string(),
    basis: z.enum(PAY_BASES),
    reason: z.string(),
    recordedAt: z.string(),
  })
  .openapi('PeopleCompensation');
export type CompensationView = z.infer<typeof compensationSchema>;

export const employeeSummarySchema = z
  .object({
    id: z.string(),
    employeeNumber: z.string(),
    nameEn: z.string(),
    nameAr: z.string(),
    email: z.string().nullable(),
    hireDate: z.string(),
    endDate: z.string().nullable(),
    employmentType: z.enum(EMPLOYMENT_TYPES),
    workLocation: z.enum(WORK_LOCATIONS),
    current: assignmentSchema.nullable(),
  })
  .openapi('PeopleEmployeeSummary');
export type EmployeeSummary = z.infer<typeof employeeSummarySchema>;

export const employeeSchema = employeeSummarySchema
  .extend({
    phone: z.string().nullable(),
    address: z.string().nullable(),
    userId: z.string().nullable(),
    endReason: z.string().nullable(),
    timeZone: z.string(),
    /** Job history, oldest first: the employee page's timeline. */
    timeline: z.array(assignmentSchema),
    /** Fields withheld from this viewer (sensitive ones come only through the audited reveal). */
    redacted: z.array(z.enum(REDACTED_WITHOUT_REVEAL)),
    /** How the viewer may see this record: HR (people.read), as the manager, or as the employee. */
    access: z.enum(['hr', 'manager', 'self']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('PeopleEmployee');
export type EmployeeView = z.infer<typeof employeeSchema>;

export const sensitiveSchema = z
  .object({
    nationalId: z.string().nullable(),
    birthDate: z.string().nullable(),
    iban: z.string().nullable(),
    emergencyContact: z.string().nullable(),
    healthNotes: z.string().nullable(),
    compensation: z.array(compensationSchema),
  })
  .openapi('PeopleSensitive');
export type SensitiveView = z.infer<typeof sensitiveSchema>;

export const employeeQuery = z.object({
  q: z.string().trim().max(100).optional(),
  departmentId: z.uuid().optional(),
  status: z.enum(['active', 'ended', 'all']).default('active'),
});

export const csvBodySchema = z.strictObject({ csv: z.string().min(1).max(2_000_000) }).openapi('PeopleCsv');
export const importReportSchema = z
  .object({
    imported: z.number(),
    errors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
  })
  .openapi('PeopleImportReport');
export type ImportReport = z.infer<typeof importReportSchema>;
