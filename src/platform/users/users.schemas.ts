import { z } from '@hono/zod-openapi';
import { language, timeZone } from '../companies/companies.schemas.ts';

export const email = z
  .email()
  .max(254)
  .transform((e) => e.trim().toLowerCase());
export const displayName = z.string().trim().min(1).max(120);

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: language,
    timeZone: z.string(),
    active: z.boolean(),
    mfaEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
    roles: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
  })
  .openapi('User');
export type UserView = z.infer<typeof userSchema>;

export const newUserSchema = z
  .strictObject({
    email,
    displayName,
    locale: language.default('en'),
    timeZone: timeZone.optional(),
    roleIds: z.array(z.uuid()).max(20).default([]),
  })
  .openapi('NewUser');
export type NewUser = z.infer<typeof newUserSchema>;

export const updateUserSchema = z.strictObject({ displayName: displayName.optional(), roleIds: z.array(z.uuid()).max(20).optional() }).openapi('UpdateUser');

export const userQuery = z.object({ q: z.string().max(100).optional() });
