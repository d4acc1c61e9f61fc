import { useParams } from '@tanstack/react-router';
import { useBankAccount } from '../api/bank-accounts';

/** The bank account named in the address (`/banking/accounts/$accountId/...`). */
export function useBankAccountParam() {
  const { accountId } = useParams({ strict: false }) as { accountId: string };
  return { accountId, account: useBankAccount(accountId) };
}
