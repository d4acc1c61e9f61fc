import { z } from '@hono/zod-openapi';

/** The ledger settings an admin changes: segregation of duties and the accounts the close workflow posts to. */
export const ledgerSettingsPatchSchema = z
  .strictObject({
    /** When on, the poster of a manual entry must not be its author. */
    segregationOfDuties: z.boolean().optional(),
    /** Unrealised exchange gains and losses from period-end revaluation. */
    fxGainAccountId: z.uuid().nullable().optional(),
    fxLossAccountId: z.uuid().nullable().optional(),
    /** Where year-end moves income and expense; when unset, the one account of subtype retained_earnings. */
    retainedEarningsAccountId: z.uuid().nullable().optional(),
  })
  .openapi('LedgerSettingsPatch');
export type LedgerSettingsPatch = z.infer<typeof ledgerSettingsPatchSchema>;

export const ledgerSettingsSchema = z
  .object({
    lockDate: z.string().nullable(),
    segregationOfDuties: z.boolean(),
    fxGainAccountId: z.string().nullable(),
    fxLossAccountId: z.string().nullable(),
    retainedEarningsAccountId: z.string().nullable(),
  })
  .openapi('LedgerSettingsDetail');
