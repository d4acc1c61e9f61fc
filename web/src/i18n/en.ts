import banking from './en/banking.json';
import budgets from './en/budgets.json';
import ledger from './en/ledger.json';
import ledgerRefusals from './en/ledger-refusals.json';
import ledgerReports from './en/ledger-reports.json';
import people from './en/people.json';
import peopleAppointments from './en/people-appointments.json';
import peopleLeave from './en/people-leave.json';
import peopleRecords from './en/people-records.json';
import platform from './en/platform.json';
import { mergeCatalogs } from './merge-catalogs';

/** The English catalogue, kept in one file per module and merged here. */
export default mergeCatalogs(platform, ledger, ledgerReports, ledgerRefusals, people, peopleLeave, peopleAppointments, peopleRecords, budgets, banking);
