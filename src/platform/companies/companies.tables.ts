export interface CompanyTable {
  id: string;
  name: string;
  name_ar: string | null;
  base_currency: string;
  language: string;
  time_zone: string;
  /** JSON array of weekday numbers, 0 = Sunday */
  work_week: string;
  fiscal_year_start_month: bigint;
  created_at: string;
}

export interface CompaniesTables {
  company: CompanyTable;
}
