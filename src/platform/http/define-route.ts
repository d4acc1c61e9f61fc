import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Stage } from '../auth/actor.ts';
import { AppError } from '../errors.ts';
import type { AppEnv } from './app-env.ts';
import { errorSchema } from './error-schema.ts';
import { registerUploadRoute } from './upload-routes.ts';

/** `public`: anyone; `authenticated`: any signed-in user; otherwise a permission key such as `ledger.read`. */
export type RoutePermission = 'public' | 'authenticated' | (string & {});

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
// biome-ignore lint/suspicious/noExplicitAny: zod object shapes of any kind
type AnyObject = z.ZodObject<any>;

type ParamsOf<P> = P extends AnyObject ? { params: P } : {};
type QueryOf<Q> = Q extends AnyObject ? { query: Q } : {};
type BodyOf<B> = B extends z.ZodType ? { body: { required: true; content: { 'application/json': { schema: B } } } } : {};
type Responses = Parameters<typeof createRoute>[0]['responses'];

export type DefinedRoute<P, Q, B> = {
  method: Method;
  path: string;
  summary: string;
  tags: string[];
  'x-permission': RoutePermission;
  security: Record<string, string[]>[];
  middleware: MiddlewareHandler<AppEnv>[];
  request: ParamsOf<P> & QueryOf<Q> & BodyOf<B>;
  responses: Responses;
};

interface RouteSpec<P extends AnyObject | undefined, Q extends AnyObject | undefined, B extends z.ZodType | undefined, R extends z.ZodType | undefined> {
  method: Method;
  path: string;
  permission: RoutePermission;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  response?: R;
  status?: 200 | 201 | 202;
  /** Sign-in stages that may call this route; `full` only, unless it finishes sign-in. */
  stages?: Stage[];
  /** The body carries a file: it may be up to `MAX_UPLOAD_BYTES` instead of `MAX_BODY_BYTES`. */
  upload?: boolean;
}

/** Enforces the route's declared permission and sign-in stage. Runs after the auth middleware. */
export function authorize(permission: RoutePermission, stages: Stage[] = ['full']): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (permission === 'public') return next();
    const actor = c.get('actor');
    if (!actor) throw new AppError('UNAUTHENTICATED');
    if (!stages.includes(actor.stage)) {
      throw new AppError(actor.stage === 'mfa' ? 'MFA_REQUIRED' : 'FORBIDDEN', `Finish signing in first (${actor.stage})`, {
        stage: actor.stage,
      });
    }
    if (permission !== 'authenticated') {
      if (!actor.companyId) throw new AppError('FORBIDDEN', 'No current company');
      if (!actor.permissions.has(permission)) throw new AppError('FORBIDDEN', `Missing permission ${permission}`, { permission });
    }
    return next();
  };
}

const errorResponses = {
  400: { description: 'Validation failed', content: { 'application/json': { schema: errorSchema } } },
  401: { description: 'Not signed in', content: { 'application/json': { schema: errorSchema } } },
  403: { description: 'Permission denied', content: { 'application/json': { schema: errorSchema } } },
  404: { description: 'Not found in the acting company', content: { 'application/json': { schema: errorSchema } } },
  409: { description: 'Conflict', content: { 'application/json': { schema: errorSchema } } },
  429: { description: 'Rate limited', content: { 'application/json': { schema: errorSchema } } },
} as const;

/**
 * One route, declared once: its permission (also written to the OpenAPI document as `x-permission`,
 * which the permission-walk test reads), its zod schemas (validation, types and documentation) and
 * its response.
 */
export function defineRoute<
  P extends AnyObject | undefined = undefined,
  Q extends AnyObject | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType | undefined = undefined,
>(spec: RouteSpec<P, Q, B, R>): DefinedRoute<P, Q, B> {
  const status = spec.status ?? (spec.response ? 200 : 204);
  if (spec.upload) registerUploadRoute(spec.method, spec.path);
  const success = spec.response
    ? { description: 'Success', content: { 'application/json': { schema: spec.response as Exclude<R, undefined> } } }
    : { description: 'Done' };
  const route = createRoute({
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    tags: spec.tags,
    'x-permission': spec.permission,
    security: spec.permission === 'public' ? [] : [{ session: [] }, { bearer: [] }],
    middleware: [authorize(spec.permission, spec.stages)],
    request: {
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.query ? { query: spec.query } : {}),
      ...(spec.body ? { body: { required: true, content: { 'application/json': { schema: spec.body } } } } : {}),
    } as ParamsOf<P> & QueryOf<Q> & BodyOf<B>,
    responses: { [status]: success, ...errorResponses } as Responses,
  });
  return route as unknown as DefinedRoute<P, Q, B>;
}

export const idParams = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), page: z.number(), pageSize: z.number(), total: z.number() });
