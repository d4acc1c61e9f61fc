import type { Insertable, Updateable } from 'kysely';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { DepartmentView, PositionView } from './org.schemas.ts';
import type { DepartmentTable, PositionTable } from './people.tables.ts';
import { typed } from './people-db.ts';

export const listDepartmentRows = (db: CompanyDb) => typed(db).selectFrom('people_department').selectAll().orderBy('name_en').execute();
export const findDepartment = (db: CompanyDb, id: string) => typed(db).selectFrom('people_department').selectAll().where('id', '=', id).executeTakeFirst();
export const insertDepartment = (db: CompanyDb, row: Omit<Insertable<DepartmentTable>, 'company_id'>) =>
  typed(db)
    .insertInto('people_department')
    .values(row as Insertable<DepartmentTable>)
    .execute();
export const updateDepartmentRow = (db: CompanyDb, id: string, patch: Updateable<DepartmentTable>) =>
  typed(db).updateTable('people_department').set(patch).where('id', '=', id).execute();

export const listPositionRows = (db: CompanyDb) => typed(db).selectFrom('people_position').selectAll().orderBy('title_en').execute();
export const findPosition = (db: CompanyDb, id: string) => typed(db).selectFrom('people_position').selectAll().where('id', '=', id).executeTakeFirst();
export const insertPosition = (db: CompanyDb, row: Omit<Insertable<PositionTable>, 'company_id'>) =>
  typed(db)
    .insertInto('people_position')
    .values(row as Insertable<PositionTable>)
    .execute();

export const presentDepartment = (r: DepartmentTable): DepartmentView => ({ id: r.id, nameEn: r.name_en, nameAr: r.name_ar, parentId: r.parent_id });
export const presentPosition = (r: PositionTable, filled: number): PositionView => ({
  id: r.id,
  titleEn: r.title_en,
  titleAr: r.title_ar,
  departmentId: r.department_id,
  headcount: Number(r.headcount),
  filled,
});
