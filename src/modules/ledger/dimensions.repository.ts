import type { CompanyDb } from '../../platform/db/company-scope.ts';
import type { DimensionValueView, DimensionView } from './dimensions.schemas.ts';
import type { DimensionTable, DimensionValueTable } from './ledger.tables.ts';
import { flag, typed } from './ledger-db.ts';

export const presentDimensionValue = (v: DimensionValueTable): DimensionValueView => ({
  id: v.id,
  dimensionId: v.dimension_id,
  code: v.code,
  nameEn: v.name_en,
  nameAr: v.name_ar,
  active: flag(v.active),
});

export const presentDimension = (d: DimensionTable, values: DimensionValueTable[]): DimensionView => ({
  id: d.id,
  code: d.code,
  nameEn: d.name_en,
  nameAr: d.name_ar,
  slot: Number(d.slot),
  active: flag(d.active),
  values: values.filter((v) => v.dimension_id === d.id).map(presentDimensionValue),
});

export async function listDimensions(db: CompanyDb): Promise<DimensionView[]> {
  const d = typed(db);
  const dims = await d.selectFrom('ledger_dimension').selectAll().orderBy('slot').execute();
  const values = await d.selectFrom('ledger_dimension_value').selectAll().orderBy('code').execute();
  return dims.map((x) => presentDimension(x, values));
}

export const findDimension = (db: CompanyDb, id: string) => typed(db).selectFrom('ledger_dimension').selectAll().where('id', '=', id).executeTakeFirst();

export const findDimensionValue = (db: CompanyDb, id: string) =>
  typed(db).selectFrom('ledger_dimension_value').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertDimension(db: CompanyDb, row: Omit<DimensionTable, 'company_id'>) {
  await typed(db)
    .insertInto('ledger_dimension')
    .values(row as DimensionTable)
    .execute();
}

export async function insertDimensionValue(db: CompanyDb, row: Omit<DimensionValueTable, 'company_id'>) {
  await typed(db)
    .insertInto('ledger_dimension_value')
    .values(row as DimensionValueTable)
    .execute();
}

export async function updateDimensionRow(db: CompanyDb, id: string, set: Pick<DimensionTable, 'name_en' | 'name_ar' | 'active'>) {
  await typed(db).updateTable('ledger_dimension').set(set).where('id', '=', id).execute();
}

export async function updateDimensionValueRow(db: CompanyDb, id: string, set: Pick<DimensionValueTable, 'name_en' | 'name_ar' | 'active'>) {
  await typed(db).updateTable('ledger_dimension_value').set(set).where('id', '=', id).execute();
}

/** What posting needs to know of a dimension value: its slot, codes, and whether it and its dimension are active. */
export interface DimensionValueFacts {
  id: string;
  slot: number;
  dimensionCode: string;
  code: string;
  active: boolean;
}

export async function dimensionValueFacts(db: CompanyDb, ids: string[]): Promise<Map<string, DimensionValueFacts>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await typed(db)
    .selectFrom('ledger_dimension_value as v')
    .innerJoin('ledger_dimension as d', 'd.id', 'v.dimension_id')
    .select(['v.id', 'v.code', 'v.active', 'd.slot', 'd.code as dimension_code', 'd.active as dimension_active'])
    .where('v.id', 'in', unique)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, slot: Number(r.slot), dimensionCode: r.dimension_code, code: r.code, active: flag(r.active) && flag(r.dimension_active) },
    ]),
  );
}
