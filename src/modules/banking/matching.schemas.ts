import { z } from '@hono/zod-openapi';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date written YYYY-MM-DD');
const amount = z.string().openapi({ example: '-1250.00' });
const signedDecimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'A decimal such as -25.00');

/** Every field optional, so an `{id}` route answers 404 for another company's id whatever it sends. */
export const proposalsQuerySchema = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  windowDays: z.coerce.number().int().min(0).max(31).default(3),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ProposalsQuery = z.infer<typeof proposalsQuerySchema>;

const bankItem = z.object({ id: z.string(), date: z.string(), amount, text: z.string() });
const ledgerItem = z.object({ id: z.string(), entryId: z.string(), number: z.string().nullable(), date: z.string(), amount, text: z.string() });

export const proposalSchema = z
  .object({
    kind: z.enum(['one-to-one', 'one-to-many', 'many-to-one']),
    score: z.number(),
    reasons: z.array(z.string()),
    bankLines: z.array(bankItem),
    ledgerLines: z.array(ledgerItem),
  })
  .openapi('BankMatchProposal');
export type ProposalView = z.infer<typeof proposalSchema>;

export const proposalsSchema = z
  .object({
    bankAccountId: z.string(),
    windowDays: z.number(),
    unmatchedBankLines: z.number(),
    unmatchedLedgerLines: z.number(),
    total: z.number(),
    items: z.array(proposalSchema),
  })
  .openapi('BankMatchProposals');
export type ProposalsView = z.infer<typeof proposalsSchema>;

export const confirmMatchSchema = z
  .object({
    bankAccountId: z.uuid(),
    bankLineIds: z.array(z.uuid()).min(1).max(50),
    ledgerLineIds: z.array(z.uuid()).min(1).max(50),
  })
  .strict()
  .openapi('BankMatchInput');
export type ConfirmMatchInput = z.infer<typeof confirmMatchSchema>;

export const unmatchSchema = z
  .object({ reason: z.string().trim().max(500).optional() })
  .strict()
  .openapi('BankUnmatch');

export const matchSchema = z
  .object({
    id: z.string(),
    bankAccountId: z.string(),
    source: z.enum(['manual', 'auto', 'rule']),
    score: z.number().nullable(),
    reasons: z.array(z.string()),
    total: amount,
    status: z.enum(['matched', 'unmatched']),
    bankLineIds: z.array(z.string()),
    ledgerLineIds: z.array(z.string()),
    entryId: z.string().nullable(),
    ruleId: z.string().nullable(),
    matchedBy: z.string(),
    matchedAt: z.string(),
    unmatchedBy: z.string().nullable(),
    unmatchedAt: z.string().nullable(),
  })
  .openapi('BankMatch');
export type MatchView = z.infer<typeof matchSchema>;

export const autoMatchSchema = z
  .object({ minScore: z.number().int().min(50).max(100).optional(), windowDays: z.number().int().min(0).max(31).optional() })
  .strict()
  .openapi('BankAutoMatch');
export const autoMatchResultSchema = z
  .object({ confirmed: z.number(), conflicts: z.number(), belowScore: z.number(), periodLocked: z.number() })
  .openapi('BankAutoMatchResult');
export type AutoMatchResult = z.infer<typeof autoMatchResultSchema>;

export const reconciliationQuerySchema = z.object({ asOf: isoDate.optional() });

const outstanding = z.object({ id: z.string(), date: z.string(), amount, text: z.string() });
export const reconciliationSchema = z
  .object({
    bankAccountId: z.string(),
    name: z.string(),
    currency: z.string(),
    asOf: z.string(),
    /** The latest stated closing balance up to `asOf` plus later lines; `lines` when no statement states one. */
    statementBalance: amount,
    statementBalanceFrom: z.enum(['closing-balance', 'lines']),
    /** First day of the earliest statement (null: no statement by `asOf`); ledger lines before it are its opening balance, not outstanding. */
    startDate: z.string().nullable(),
    /** The earliest statement's opening balance (stated, or its closing less its lines). */
    statementOpening: amount,
    /** The ledger balance before `startDate`. */
    ledgerOpening: amount,
    ledgerBalance: amount,
    difference: amount,
    unmatchedBank: z.object({ count: z.number(), total: amount, items: z.array(outstanding) }),
    unmatchedLedger: z.object({ count: z.number(), total: amount, items: z.array(outstanding) }),
    /** Matched lines dated up to `asOf` whose counterpart is dated after it (bank minus ledger). */
    timing: amount,
    unexplained: amount,
    reconciled: z.boolean(),
    explanation: z.array(z.string()),
  })
  .openapi('BankReconciliation');
export type ReconciliationView = z.infer<typeof reconciliationSchema>;

export const ruleInputSchema = z
  .object({
    bankAccountId: z.uuid(),
    name: z.string().trim().min(1).max(100),
    textContains: z.string().trim().min(1).max(200).optional(),
    /** Wildcards: `*` any text, `?` one character; matched against the whole text, case-insensitively. */
    textPattern: z.string().trim().min(1).max(200).optional(),
    minAmount: signedDecimal.optional(),
    maxAmount: signedDecimal.optional(),
    accountId: z.uuid(),
    journalId: z.uuid(),
    memo: z.string().trim().max(500).optional(),
    priority: z.number().int().min(0).max(1000).default(100),
    /** Ledger dimension value ids (at most one per dimension) put on the line of `accountId`. */
    dimensions: z.array(z.uuid()).max(3).optional(),
  })
  .strict()
  .refine((r) => r.textContains || r.textPattern, { message: 'Give the text it contains or a pattern', path: ['textContains'] })
  .openapi('BankRuleInput');
export type RuleInput = z.input<typeof ruleInputSchema>;

export const ruleSchema = z
  .object({
    id: z.string(),
    bankAccountId: z.string(),
    name: z.string(),
    textContains: z.string().nullable(),
    textPattern: z.string().nullable(),
    minAmount: amount.nullable(),
    maxAmount: amount.nullable(),
    accountId: z.string(),
    journalId: z.string(),
    memo: z.string().nullable(),
    priority: z.number(),
    active: z.boolean(),
    dimensions: z.array(z.string()),
  })
  .openapi('BankRule');
export type RuleView = z.infer<typeof ruleSchema>;

export const applyRulesSchema = z.object({ dryRun: z.boolean().optional(), to: isoDate.optional() }).strict().openapi('BankApplyRules');
export const applyRulesResultSchema = z
  .object({
    applied: z.array(
      z.object({ bankLineId: z.string(), ruleId: z.string(), rule: z.string(), entryId: z.string().nullable(), matchId: z.string().nullable() }),
    ),
    failed: z.array(z.object({ bankLineId: z.string(), rule: z.string(), message: z.string() })),
  })
  .openapi('BankApplyRulesResult');
export type ApplyRulesResult = z.infer<typeof applyRulesResultSchema>;

/** Fields optional in the schema so an unknown line answers 404 whatever the body; the use case requires them. */
export const postBankLineSchema = z
  .object({
    accountId: z.uuid().optional(),
    journalId: z.uuid().optional(),
    memo: z.string().trim().max(500).optional(),
    dimensions: z.array(z.uuid()).max(3).optional(),
  })
  .strict()
  .openapi('BankLinePost');
export type PostBankLineInput = z.infer<typeof postBankLineSchema>;
export const postedLineSchema = z.object({ entryId: z.string(), matchId: z.string() }).openapi('BankLinePosted');
