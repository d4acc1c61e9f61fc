import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { findDepartment, listDepartmentRows, presentDepartment, updateDepartmentRow } from './org.repository.ts';
import { type DepartmentPatch, type DepartmentView, departmentPatchSchema } from './org.schemas.ts';
import type { PeopleCall } from './people-db.ts';

/** Whether making `parentId` the parent of `id` would put a department under itself. */
export function makesCycle(parents: Map<string, string | null>, id: string, parentId: string): boolean {
  for (let at: string | null | undefined = parentId, steps = 0; at && steps <= parents.size; at = parents.get(at), steps++) {
    if (at === id) return true;
  }
  return false;
}

/** Rename a department or move it in the tree (never under itself or its own descendants). */
export async function updateDepartment(db: CompanyDb, call: PeopleCall, id: string, input: DepartmentPatch): Promise<DepartmentView> {
  return inTransaction(db, async (trx) => {
    const row = await findDepartment(trx, id);
    if (!row) throw new AppError('NOT_FOUND');
    const d = departmentPatchSchema.parse(input);
    if (d.parentId) {
      const all = await listDepartmentRows(trx);
      if (!all.some((x) => x.id === d.parentId)) throw new AppError('VALIDATION', 'No such parent', [{ path: 'parentId', message: 'No such department' }]);
      if (makesCycle(new Map(all.map((x) => [x.id, x.parent_id])), id, d.parentId)) {
        throw new AppError('VALIDATION', 'A department cannot sit under itself', [{ path: 'parentId', message: 'A department cannot sit under itself' }]);
      }
    }
    const patch = {
      ...(d.nameEn !== undefined ? { name_en: d.nameEn } : {}),
      ...(d.nameAr !== undefined ? { name_ar: d.nameAr } : {}),
      ...(d.parentId !== undefined ? { parent_id: d.parentId } : {}),
    };
    if (Object.keys(patch).length) {
      await updateDepartmentRow(trx, id, patch);
      await recordAudit(trx, call.clock, call.actor, {
        action: 'people.department.updated',
        targetType: 'people_department',
        targetId: id,
        summary: { fields: Object.keys(d) },
      });
    }
    return presentDepartment({ ...row, ...patch });
  });
}
