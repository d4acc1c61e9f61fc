import type { KawalisModule } from '../module.ts';
import { companiesRoutes } from './companies.routes.ts';
import { createCompany as createCompanyTable } from './migrations/001-company.ts';

export { findCompany, findCompanyByName, listCompanies } from './companies.repository.ts';
export type { Company, NewCompany } from './companies.schemas.ts';
export { newCompanySchema } from './companies.schemas.ts';
export { createCompany } from './create-company.ts';

export const companiesModule: KawalisModule = {
  name: 'companies',
  migrations: { '001-company': createCompanyTable },
  permissions: [{ key: 'platform.companies.manage', description: 'Create companies in this installation' }],
  routes: companiesRoutes,
};
