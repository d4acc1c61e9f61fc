/**
 * The text an employee is found by: English and Arabic names, employee number and e-mail, each
 * normalised the same way as what a user types (lower case, Arabic letter variants folded, marks
 * and tatweel dropped, white space collapsed), one field a line. A query is normalised alike, so it
 * never holds a line break and cannot match across two fields. Sensitive fields are never part of it.
 */
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

export function normaliseSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(ARABIC_MARKS, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // آ أ إ ٱ → ا
    .replace(/\u0649/g, '\u064a') // ى → ي
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Searchable {
  employee_number: string;
  name_en: string;
  name_ar: string;
  email: string | null;
}

export const employeeSearchText = (e: Searchable) => [e.name_en, e.name_ar, e.employee_number, e.email ?? ''].map(normaliseSearch).join('\n');
