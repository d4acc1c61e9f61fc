import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { analyseStatementFile, summarise } from './analyse-statement-file.ts';
import type { Preview, StatementFileInput } from './banking.schemas.ts';

/** Read a statement file as an import would, and say what it would do; writes nothing. */
export async function previewStatementFile(db: CompanyDb, input: Partial<StatementFileInput>): Promise<Preview> {
  return summarise(await analyseStatementFile(db, input));
}
