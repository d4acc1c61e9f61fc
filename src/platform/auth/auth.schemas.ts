import { z } from '@hono/zod-openapi';
import { companySchema, language, newCompanySchema, timeZone } from '../companies/companies.schemas.ts';
import { displayName, email } from '../users/users.schemas.ts';

export const password = z.string().min(1).max(1024);
export const stageSchema = z.enum(['full', 'mfa', 'enrol_mfa', 'change_password']);

export const loginSchema = z.strictObject({ email: z.string().trim().min(1).max(254), password }).openapi('Login');
export const stageResponse = z.object({ stage: stageSchema }).openapi('SignInStage');
export const mfaSchema = z
  .strictObject({
    code: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    recoveryCode: z.string().max(20).optional(),
  })
  .refine((v) => (v.code ? 1 : 0) + (v.recoveryCode ? 1 : 0) === 1, 'Give either code or recoveryCode')
  .openapi('SecondFactor');

export const setupSchema = z
  .strictObject({
    company: newCompanySchema,
    admin: z.strictObject({ email, displayName, password: z.string().max(1024) }),
  })
  .openapi('Setup');

export const navEntrySchema = z.object({ key: z.string(), path: z.string(), label: z.string(), permission: z.string() });

export const meSchema = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), displayName: z.string(), locale: language, timeZone: z.string(), mfaEnabled: z.boolean() }),
    company: companySchema.nullable(),
    companies: z.array(z.object({ id: z.string(), name: z.string(), nameAr: z.string().nullable() })),
    roles: z.array(z.string()),
    permissions: z.array(z.string()),
    stage: stageSchema,
    csrfToken: z.string().nullable(),
    nav: z.array(navEntrySchema),
  })
  .openapi('Me');
export type Me = z.infer<typeof meSchema>;

export const updateMeSchema = z
  .strictObject({ displayName: displayName.optional(), locale: language.optional(), timeZone: timeZone.optional() })
  .openapi('UpdateMe');
export const changePasswordSchema = z.strictObject({ currentPassword: password, newPassword: z.string().max(1024) }).openapi('ChangePassword');
export const changeEmailSchema = z.strictObject({ currentPassword: password, email }).openapi('ChangeEmail');
export const switchCompanySchema = z.strictObject({ companyId: z.uuid() }).openapi('SwitchCompany');
export const reauthSchema = z.strictObject({ currentPassword: password }).openapi('Reauthenticate');
export const totpStartResponse = z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }).openapi('TotpEnrolment');
export const totpConfirmSchema = z.strictObject({ code: z.string().regex(/^\d{6}$/, 'Six digits') }).openapi('TotpConfirm');
export const recoveryCodesResponse = z.object({ recoveryCodes: z.array(z.string()) }).openapi('RecoveryCodes');

export const sessionSchema = z
  .object({ id: z.string(), current: z.boolean(), createdAt: z.string(), lastSeenAt: z.string(), ip: z.string().nullable(), userAgent: z.string().nullable() })
  .openapi('Session');

export const apiTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    permissions: z.array(z.string()),
    expiresAt: z.string(),
    lastUsedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('ApiToken');
export const newApiTokenSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    permissions: z.array(z.string().max(100)).min(1).max(200),
    expiresInDays: z.number().int().min(1).max(365),
  })
  .openapi('NewApiToken');
