import type { TestApp } from './app-fixture.ts';

export interface Operation {
  method: string;
  path: string;
  permission: string;
}

/** Every operation of the OpenAPI document, with its declared permission. */
export async function operations(ctx: TestApp): Promise<Operation[]> {
  const doc = await (await ctx.app.request('/api/openapi.json')).json();
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, { 'x-permission'?: string }>>(doc.paths)) {
    for (const [method, op] of Object.entries(item)) ops.push({ method: method.toUpperCase(), path, permission: op['x-permission'] ?? '' });
  }
  return ops;
}
