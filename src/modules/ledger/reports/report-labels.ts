/** Column and row labels of exported reports, in English and Arabic. */
export type Lang = 'en' | 'ar';

const LABELS = {
  code: ['Code', 'الرمز'],
  account: ['Account', 'الحساب'],
  currency: ['Currency', 'العملة'],
  opening: ['Opening', 'الرصيد الافتتاحي'],
  movement: ['Movement', 'الحركة'],
  closing: ['Closing', 'الرصيد الختامي'],
  balance: ['Balance', 'الرصيد'],
  inBase: ['in {c}', 'بـ{c}'],
  date: ['Date', 'التاريخ'],
  number: ['Entry', 'القيد'],
  memo: ['Memo', 'البيان'],
  reference: ['Reference', 'المرجع'],
  debit: ['Debit', 'مدين'],
  credit: ['Credit', 'دائن'],
  baseAmount: ['Amount in {c}', 'المبلغ بـ{c}'],
  total: ['Total', 'الإجمالي'],
  asset: ['Assets', 'الأصول'],
  liability: ['Liabilities', 'الخصوم'],
  equity: ['Equity', 'حقوق الملكية'],
  income: ['Income', 'الإيرادات'],
  expense: ['Expenses', 'المصروفات'],
  netIncome: ['Net income', 'صافي الدخل'],
  liabilitiesAndEquity: ['Total liabilities and equity', 'إجمالي الخصوم وحقوق الملكية'],
  trialBalance: ['Trial balance', 'ميزان المراجعة'],
  register: ['Account register', 'دفتر الأستاذ للحساب'],
  incomeStatement: ['Income statement', 'قائمة الدخل'],
  balanceSheet: ['Balance sheet', 'الميزانية العمومية'],
  openingBalance: ['Opening balance', 'الرصيد الافتتاحي'],
  asOf: ['As of {d}', 'كما في {d}'],
  range: ['{f} to {t}', 'من {f} إلى {t}'],
} as const;

export type LabelKey = keyof typeof LABELS;

export function label(lang: Lang, key: LabelKey, vars: Record<string, string> = {}): string {
  const text: string = LABELS[key][lang === 'ar' ? 1 : 0];
  return text.replace(/\{(\w)\}/g, (_, k: string) => vars[k] ?? '');
}
