import type { CompanyDb } from '../../platform/db/company-scope.ts';
import { currentAssignments } from './job-spans.ts';
import { listDepartmentRows, listPositionRows, presentDepartment, presentPosition } from './org.repository.ts';
import type { DepartmentNode, PositionView } from './org.schemas.ts';

/** The departments as a tree, each with the people assigned to it on `asOf`, alone and with its sub-departments. */
export async function departmentTree(db: CompanyDb, asOf: string): Promise<DepartmentNode[]> {
  const [rows, assignments] = await Promise.all([listDepartmentRows(db), currentAssignments(db, asOf)]);
  const counts = new Map<string, number>();
  for (const a of assignments) if (a.departmentId) counts.set(a.departmentId, (counts.get(a.departmentId) ?? 0) + 1);
  const nodes = new Map<string, DepartmentNode>(
    rows.map((r) => [r.id, { ...presentDepartment(r), headcount: counts.get(r.id) ?? 0, totalHeadcount: 0, children: [] }]),
  );
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const total = (n: DepartmentNode): number => {
    n.totalHeadcount = n.headcount + n.children.reduce((s, c) => s + total(c), 0);
    return n.totalHeadcount;
  };
  for (const r of roots) total(r);
  return roots;
}

/** Positions with their planned headcount and how many hold them on `asOf`. */
export async function listPositions(db: CompanyDb, asOf: string): Promise<PositionView[]> {
  const [rows, assignments] = await Promise.all([listPositionRows(db), currentAssignments(db, asOf)]);
  const filled = new Map<string, number>();
  for (const a of assignments) if (a.positionId) filled.set(a.positionId, (filled.get(a.positionId) ?? 0) + 1);
  return rows.map((r) => presentPosition(r, filled.get(r.id) ?? 0));
}
