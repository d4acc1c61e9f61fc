import type { KawalisModule } from '../module.ts';
import type { Platform } from '../platform.ts';
import type { WorkerJobHandler } from './job-worker.ts';

/**
 * The worker's handlers, gathered from every registered module's `jobs`, each given the platform.
 * A job kind belongs to exactly one module: two modules claiming the same kind stop start-up.
 */
export function jobHandlersOf(modules: KawalisModule[], platform: Platform): Record<string, WorkerJobHandler> {
  const handlers: Record<string, WorkerJobHandler> = {};
  const owner = new Map<string, string>();
  for (const m of modules) {
    for (const [kind, handler] of Object.entries(m.jobs ?? {})) {
      const other = owner.get(kind);
      if (other) throw new Error(`job kind ${kind} is registered by both ${other} and ${m.name}`);
      owner.set(kind, m.name);
      handlers[kind] = (ctx) => handler({ platform, companyId: ctx.companyId, payload: ctx.payload, jobId: ctx.jobId });
    }
  }
  return handlers;
}
