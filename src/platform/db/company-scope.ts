import {
  AliasNode,
  BinaryOperationNode,
  ColumnNode,
  type DeleteQueryNode,
  type FromNode,
  IdentifierNode,
  type InsertQueryNode,
  JoinNode,
  type KyselyPlugin,
  type OperationNode,
  OperationNodeTransformer,
  OperatorNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PrimitiveValueListNode,
  type QueryResult,
  ReferenceNode,
  type RootOperationNode,
  type SelectQueryNode,
  TableNode,
  type UnknownRow,
  type UpdateQueryNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  WhereNode,
} from 'kysely';
import type { AnyDb } from './create-database.ts';

/**
 * Company scoping in one place. Every query through a company-scoped handle gets, for each
 * company-owned table it touches (FROM, JOIN, UPDATE, DELETE, subqueries included), the condition
 * `<table>.company_id = <acting company>`; every INSERT into such a table gets `company_id` filled in.
 * A query that tries to set `company_id` itself is refused, so no request body can move a record
 * between companies. Routes and repositories never filter by company by hand.
 */
export class CompanyScopeError extends Error {}

const COLUMN = 'company_id';

class ScopeTransformer extends OperationNodeTransformer {
  constructor(
    private readonly companyId: string,
    private readonly tables: ReadonlySet<string>,
  ) {
    super();
  }

  /** The name a scoped table is referred to by in this query (its alias if it has one). */
  private scopedName(node: OperationNode): string | undefined {
    if (TableNode.is(node)) {
      const name = node.table.identifier.name;
      return this.tables.has(name) ? name : undefined;
    }
    if (AliasNode.is(node) && TableNode.is(node.node) && this.tables.has(node.node.table.identifier.name)) {
      return IdentifierNode.is(node.alias) ? node.alias.name : undefined;
    }
    return undefined;
  }

  private condition(ref: string): OperationNode {
    return BinaryOperationNode.create(
      ReferenceNode.create(ColumnNode.create(COLUMN), TableNode.create(ref)),
      OperatorNode.create('='),
      ValueNode.create(this.companyId),
    );
  }

  private addWhere(where: WhereNode | undefined, refs: string[]): WhereNode | undefined {
    let result = where;
    for (const ref of refs) {
      result = result ? WhereNode.cloneWithOperation(result, 'And', this.condition(ref)) : WhereNode.create(this.condition(ref));
    }
    return result;
  }

  private refsOf(from: FromNode | undefined): string[] {
    return (from?.froms ?? []).map((f) => this.scopedName(f)).filter((n): n is string => n !== undefined);
  }

  protected override transformSelectQuery(node: SelectQueryNode): SelectQueryNode {
    const t = super.transformSelectQuery(node);
    const refs = this.refsOf(t.from);
    return refs.length ? { ...t, where: this.addWhere(t.where, refs) } : t;
  }

  protected override transformJoin(node: JoinNode): JoinNode {
    const t = super.transformJoin(node);
    const ref = this.scopedName(t.table);
    if (!ref) return t;
    if (!t.on) throw new CompanyScopeError(`a join on company-owned table ${ref} needs an ON clause`);
    return JoinNode.cloneWithOn(t, this.condition(ref));
  }

  protected override transformUpdateQuery(node: UpdateQueryNode): UpdateQueryNode {
    const t = super.transformUpdateQuery(node);
    const target = t.table ? this.scopedName(t.table) : undefined;
    if (!target) return t;
    for (const u of t.updates ?? []) {
      if (ColumnNode.is(u.column) && u.column.column.name === COLUMN) {
        throw new CompanyScopeError('company_id cannot be changed');
      }
    }
    const refs = [target, ...this.refsOf(t.from)];
    return { ...t, where: this.addWhere(t.where, refs) };
  }

  protected override transformDeleteQuery(node: DeleteQueryNode): DeleteQueryNode {
    const t = super.transformDeleteQuery(node);
    const refs = this.refsOf(t.from);
    return refs.length ? { ...t, where: this.addWhere(t.where, refs) } : t;
  }

  protected override transformInsertQuery(node: InsertQueryNode): InsertQueryNode {
    const t = super.transformInsertQuery(node);
    if (!t.into || !this.tables.has(t.into.table.identifier.name)) return t;
    const columns = t.columns ?? [];
    if (columns.some((c) => c.column.name === COLUMN)) {
      throw new CompanyScopeError('company_id is set by the data layer, never by the caller');
    }
    if (!t.values || !ValuesNode.is(t.values)) {
      throw new CompanyScopeError(`only INSERT … VALUES is allowed into company-owned table ${t.into.table.identifier.name}`);
    }
    const values = t.values.values.map((row) =>
      PrimitiveValueListNode.is(row)
        ? PrimitiveValueListNode.create([...row.values, this.companyId])
        : ValueListNode.create([...row.values, ValueNode.create(this.companyId)]),
    );
    return { ...t, columns: [...columns, ColumnNode.create(COLUMN)], values: ValuesNode.create(values) };
  }
}

export class CompanyScopePlugin implements KyselyPlugin {
  private readonly transformer: ScopeTransformer;
  constructor(
    readonly companyId: string,
    tables: ReadonlySet<string>,
  ) {
    this.transformer = new ScopeTransformer(companyId, tables);
  }
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** The registry of company-owned tables, filled from each module's descriptor at start-up. */
export const companyTables = new Set<string>();

/** A handle on the database that only ever sees and writes the given company's records. */
export type CompanyDb = AnyDb & { readonly __companyScoped: true };

export function scopeToCompany(db: AnyDb, companyId: string, tables: ReadonlySet<string> = companyTables): CompanyDb {
  return db.withPlugin(new CompanyScopePlugin(companyId, tables)) as CompanyDb;
}

/** The company a scoped handle acts for (the data layer knows it; callers need not pass it around). */
export function companyIdOf(db: CompanyDb): string {
  const plugin = (db.getExecutor().plugins as readonly unknown[]).find((x): x is CompanyScopePlugin => x instanceof CompanyScopePlugin);
  if (!plugin) throw new CompanyScopeError('not a company-scoped handle');
  return plugin.companyId;
}
