import banking from './ar/banking.json';
import budgets from './ar/budgets.json';
import ledger from './ar/ledger.json';
import ledgerRefusals from './ar/ledger-refusals.json';
import ledgerReports from './ar/ledger-reports.json';
import people from './ar/people.json';
import peopleAppointments from './ar/people-appointments.json';
import peopleLeave from './ar/people-leave.json';
import peopleRecords from './ar/people-records.json';
import platform from './ar/platform.json';
import { mergeCatalogs } from './merge-catalogs';

/** The Arabic catalogue, kept in one file per module and merged here. */
export default mergeCatalogs(platform, ledger, ledgerReports, ledgerRefusals, people, peopleLeave, peopleAppointments, peopleRecords, budgets, banking);
