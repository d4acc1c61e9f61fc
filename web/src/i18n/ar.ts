import banking from './ar/banking.json';
import budgets from './ar/budgets.json';
import ledger from './ar/ledger.json';
import ledgerReports from './ar/ledger-reports.json';
import ledgerRefusals from './ar/ledger-refusals.json';
import people from './ar/people.json';
import peopleRecords from './ar/people-records.json';
import platform from './ar/platform.json';
import { mergeCatalogs } from './merge-catalogs';

/** The Arabic catalogue, kept in one file per module and merged here. */
export default mergeCatalogs(platform, ledger, ledgerReports, ledgerRefusals, people, peopleRecords, budgets, banking);
