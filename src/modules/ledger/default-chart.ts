import type { AccountSubtype, AccountType, JournalKind } from './ledger.tables.ts';

/** One account of the default chart: code, parent code, type, subtype, postable, English, Arabic. */
export type ChartRow = [string, string | null, AccountType, AccountSubtype, boolean, string, string];

/**
 * A bilingual chart for a small trading or services company, in the common numbering (1 assets,
 * 2 liabilities, 3 equity, 4 income, 5 expenses). Companies change it freely after installing.
 */
export const DEFAULT_CHART: ChartRow[] = [
  ['1', null, 'asset', 'other', false, 'Assets', 'الأصول'],
  ['11', '1', 'asset', 'other', false, 'Current assets', 'الأصول المتداولة'],
  ['1110', '11', 'asset', 'cash', true, 'Cash on hand', 'النقدية في الصندوق'],
  ['1120', '11', 'asset', 'cash', true, 'Petty cash', 'العهدة النقدية'],
  ['1130', '11', 'asset', 'bank', true, 'Bank - current account', 'البنك - الحساب الجاري'],
  ['1140', '11', 'asset', 'bank', true, 'Bank - savings account', 'البنك - حساب التوفير'],
  ['1200', '11', 'asset', 'receivable', true, 'Accounts receivable', 'الذمم المدينة'],
  ['1210', '11', 'asset', 'receivable', true, 'Employee advances', 'سلف الموظفين'],
  ['1300', '11', 'asset', 'inventory', true, 'Inventory', 'المخزون'],
  ['1400', '11', 'asset', 'other', true, 'Prepaid expenses', 'المصروفات المدفوعة مقدماً'],
  ['1410', '11', 'asset', 'tax', true, 'VAT receivable (input VAT)', 'ضريبة القيمة المضافة المستردة (المدخلات)'],
  ['1900', '11', 'asset', 'suspense', true, 'Suspense account', 'حساب معلق'],
  ['15', '1', 'asset', 'other', false, 'Non-current assets', 'الأصول غير المتداولة'],
  ['1510', '15', 'asset', 'fixed_asset', true, 'Furniture and fixtures', 'الأثاث والتجهيزات'],
  ['1520', '15', 'asset', 'fixed_asset', true, 'Vehicles', 'السيارات'],
  ['1530', '15', 'asset', 'fixed_asset', true, 'Computers and equipment', 'أجهزة الحاسب والمعدات'],
  ['1590', '15', 'asset', 'fixed_asset', true, 'Accumulated depreciation', 'مجمع الإهلاك'],
  ['2', null, 'liability', 'other', false, 'Liabilities', 'الخصوم'],
  ['21', '2', 'liability', 'other', false, 'Current liabilities', 'الخصوم المتداولة'],
  ['2110', '21', 'liability', 'payable', true, 'Accounts payable', 'الذمم الدائنة'],
  ['2120', '21', 'liability', 'other', true, 'Accrued expenses', 'المصروفات المستحقة'],
  ['2130', '21', 'liability', 'payable', true, 'Salaries payable', 'الرواتب المستحقة'],
  ['2140', '21', 'liability', 'tax', true, 'VAT payable (output VAT)', 'ضريبة القيمة المضافة المستحقة (المخرجات)'],
  ['2150', '21', 'liability', 'tax', true, 'Zakat and income tax payable', 'الزكاة وضريبة الدخل المستحقة'],
  ['2160', '21', 'liability', 'other', true, 'Unearned revenue', 'الإيرادات المقبوضة مقدماً'],
  ['22', '2', 'liability', 'other', false, 'Non-current liabilities', 'الخصوم غير المتداولة'],
  ['2210', '22', 'liability', 'other', true, 'Long-term loans', 'القروض طويلة الأجل'],
  ['2220', '22', 'liability', 'other', true, 'End-of-service benefits', 'مخصص مكافأة نهاية الخدمة'],
  ['3', null, 'equity', 'other', false, 'Equity', 'حقوق الملكية'],
  ['3100', '3', 'equity', 'other', true, "Owner's capital", 'رأس المال'],
  ['3200', '3', 'equity', 'retained_earnings', true, 'Retained earnings', 'الأرباح المبقاة'],
  ['3300', '3', 'equity', 'other', true, "Owner's drawings", 'المسحوبات الشخصية'],
  ['4', null, 'income', 'other', false, 'Income', 'الإيرادات'],
  ['4100', '4', 'income', 'other', true, 'Sales of goods', 'إيرادات المبيعات'],
  ['4200', '4', 'income', 'other', true, 'Service revenue', 'إيرادات الخدمات'],
  ['4300', '4', 'income', 'other', true, 'Other income', 'إيرادات أخرى'],
  ['4400', '4', 'income', 'other', true, 'Foreign exchange gains', 'أرباح فروق العملة'],
  ['5', null, 'expense', 'other', false, 'Expenses', 'المصروفات'],
  ['5100', '5', 'expense', 'other', true, 'Cost of goods sold', 'تكلفة البضاعة المباعة'],
  ['5200', '5', 'expense', 'other', true, 'Salaries and wages', 'الرواتب والأجور'],
  ['5210', '5', 'expense', 'other', true, 'Employee benefits and social insurance', 'مزايا الموظفين والتأمينات الاجتماعية'],
  ['5300', '5', 'expense', 'other', true, 'Rent', 'الإيجار'],
  ['5400', '5', 'expense', 'other', true, 'Utilities', 'الكهرباء والمياه'],
  ['5500', '5', 'expense', 'other', true, 'Telephone and internet', 'الهاتف والإنترنت'],
  ['5600', '5', 'expense', 'other', true, 'Office supplies', 'اللوازم المكتبية'],
  ['5700', '5', 'expense', 'other', true, 'Bank charges', 'الرسوم البنكية'],
  ['5800', '5', 'expense', 'other', true, 'Depreciation', 'مصروف الإهلاك'],
  ['5900', '5', 'expense', 'other', true, 'Marketing and advertising', 'التسويق والإعلان'],
  ['5910', '5', 'expense', 'other', true, 'Professional fees', 'الأتعاب المهنية'],
  ['5920', '5', 'expense', 'other', true, 'Travel', 'السفر والتنقل'],
  ['5930', '5', 'expense', 'other', true, 'Foreign exchange losses', 'خسائر فروق العملة'],
  ['5990', '5', 'expense', 'other', true, 'Other expenses', 'مصروفات أخرى'],
];

/** The default journals: code (also the number prefix), kind, English, Arabic. */
export const DEFAULT_JOURNALS: [string, JournalKind, string, string][] = [
  ['GEN', 'general', 'General journal', 'دفتر اليومية العامة'],
  ['SAL', 'sales', 'Sales journal', 'دفتر المبيعات'],
  ['PUR', 'purchases', 'Purchases journal', 'دفتر المشتريات'],
  ['BNK', 'bank', 'Bank journal', 'دفتر البنك'],
  ['CSH', 'cash', 'Cash journal', 'دفتر الصندوق'],
  ['PAY', 'payroll', 'Payroll journal', 'دفتر الرواتب'],
];
