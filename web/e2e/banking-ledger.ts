import type { Page } from 'playwright-core';
import { callApi } from './helpers';

/**
 * The ledger side of the banking flows (the CAMT fixture camt053-two-statements.xml): the default chart,
 * then the opening balance on the day before the first statement (equal to its opening balance), a
 * customer's payment of invoice INV-2041 and April's payroll. Returns the ids of the accounts asked for.
 */
export async function postAprilLedger(page: Page, codes: string[]): Promise<Record<string, string>> {
  await callApi(page, 'POST', '/ledger/chart/install-default');
  const ids: Record<string, string> = {};
  for (const code of new Set(['1130', '3100', '4200', '5200', ...codes])) {
    const found = await callApi<{ items: { id: string; code: string }[] }>(page, 'GET', `/ledger/accounts?q=${code}&page=1&pageSize=20`);
    ids[code] = found.items.find((a) => a.code === code)?.id ?? '';
  }
  const journals = await callApi<{ items: { id: string; code: string }[] }>(page, 'GET', '/ledger/journals');
  const journalId = journals.items.find((j) => j.code === 'GEN')?.id ?? '';
  for (const [date, debit, credit, amount, reference] of [
    ['2024-03-31', '1130', '3100', '50000.00', 'OPENING'],
    ['2024-04-01', '1130', '4200', '1000.25', 'INV-2041'],
    ['2024-04-10', '5200', '1130', '3350.50', 'PAY-04'],
  ]) {
    await callApi(page, 'POST', '/ledger/entries/post-new', {
      journalId,
      date,
      reference,
      lines: [
        { accountId: ids[debit], debit: amount },
        { accountId: ids[credit], credit: amount },
      ],
    });
  }
  return ids;
}
