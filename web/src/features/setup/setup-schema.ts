import { z } from 'zod';
import { timeZones } from '../../lib/format';

/** Client-side checks mirror the server's; the server stays the authority and its VALIDATION paths match these names. */
export const setupSchema = z
  .object({
    company: z.object({
      name: z.string().trim().min(1, 'validation.required'),
      nameAr: z.string().trim(),
      baseCurrency: z.string().length(3, 'validation.required'),
      language: z.enum(['en', 'ar']),
      timeZone: z.string().min(1, 'validation.required'),
      workWeek: z.array(z.string()).min(1, 'validation.workWeek'),
    }),
    admin: z.object({
      email: z.string().trim().min(1, 'validation.required').pipe(z.email('validation.email')),
      displayName: z.string().trim().min(1, 'validation.required'),
      password: z.string().min(15, 'validation.passwordLength'),
    }),
    confirmPassword: z.string(),
  })
  .refine((v) => v.admin.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'validation.passwordsDiffer',
  });

export type SetupValues = z.infer<typeof setupSchema>;

export const setupFieldNames = [
  'company.name',
  'company.nameAr',
  'company.baseCurrency',
  'company.language',
  'company.timeZone',
  'company.workWeek',
  'admin.email',
  'admin.displayName',
  'admin.password',
] as const;

export function defaultSetupValues(language: 'en' | 'ar'): SetupValues {
  // Use the browser's zone only when the picker offers it (headless browsers often report plain UTC).
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const browserZone = zone && timeZones().includes(zone) ? zone : 'Asia/Riyadh';
  return {
    company: {
      name: '',
      nameAr: '',
      baseCurrency: 'SAR',
      language,
      timeZone: browserZone,
      // Sunday to Thursday, the usual week in the Gulf.
      workWeek: ['0', '1', '2', '3', '4'],
    },
    admin: { email: '', displayName: '', password: '' },
    confirmPassword: '',
  };
}
