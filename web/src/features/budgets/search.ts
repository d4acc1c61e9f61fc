/** The budget page's tab lives in the address (`?tab=scenarios`), so every view of a budget is a link and Back returns to it. */
export const BUDGET_TABS = ['grid', 'variance', 'compare', 'forecast', 'scenarios'] as const;
export type BudgetTab = (typeof BUDGET_TABS)[number];
export type BudgetSearch = { tab?: BudgetTab };

/** Anything unreadable is dropped (the grid shows), never an error. */
export const validateBudgetSearch = (search: Record<string, unknown>): BudgetSearch => ({
  tab: BUDGET_TABS.includes(search.tab as BudgetTab) && search.tab !== 'grid' ? (search.tab as BudgetTab) : undefined,
});
