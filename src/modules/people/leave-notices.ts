import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { notifyUser } from '../../platform/notifications/index.ts';
import type { PeopleCall } from './people-db.ts';

/** What leave requests tell people, in each recipient's language. */
const texts = {
  submitted: {
    en: { title: 'Leave request from {name}', body: '{name} asks for {days} working day(s) of {type}, {from} to {to}.' },
    ar: { title: 'طلب إجازة من {name}', body: 'يطلب {name} {days} يوم عمل من {type}، من {from} إلى {to}.' },
  },
  approved: {
    en: { title: 'Leave approved', body: 'Your {type} from {from} to {to} ({days} working day(s)) was approved by {by}.' },
    ar: { title: 'تمت الموافقة على الإجازة', body: 'وافق {by} على {type} من {from} إلى {to} ({days} يوم عمل).' },
  },
  rejected: {
    en: { title: 'Leave not approved', body: 'Your {type} from {from} to {to} was not approved by {by}: {reason}' },
    ar: { title: 'لم تتم الموافقة على الإجازة', body: 'لم يوافق {by} على {type} من {from} إلى {to}: {reason}' },
  },
} as const;

export type LeaveNotice = keyof typeof texts;

export interface Recipient {
  id: string;
  email: string;
  locale: string;
}

/** Everything a notice may name; the leave type in both languages, the rest as is. */
export interface NoticeValues {
  name: { en: string; ar: string };
  type: { en: string; ar: string };
  from: string;
  to: string;
  days: number;
  by?: string;
  reason?: string;
}

export async function sendLeaveNotice(
  db: CompanyDb,
  call: PeopleCall & { emailEnabled?: boolean },
  to: Recipient,
  kind: LeaveNotice,
  v: NoticeValues,
  link: string,
) {
  const lang = to.locale === 'ar' ? 'ar' : 'en';
  const values: Record<string, string> = {
    name: v.name[lang],
    type: v.type[lang],
    from: v.from,
    to: v.to,
    days: new Intl.NumberFormat(lang === 'ar' ? 'ar' : 'en-GB').format(v.days),
    by: v.by ?? '',
    reason: v.reason ?? '',
  };
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
  const text = texts[kind][lang];
  await notifyUser(
    db,
    { clock: call.clock, emailEnabled: Boolean(call.emailEnabled) },
    { userId: to.id, email: to.email, title: fill(text.title).slice(0, 200), body: fill(text.body), link },
  );
}
