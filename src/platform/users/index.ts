import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.ts';
import type { KawalisModule } from '../module.ts';
import { rolesRoutes } from './roles.routes.ts';
import { usersRoutes } from './users.routes.ts';

export { createUser } from './create-user.ts';
export { getUser, resetUserPassword, setUserActive } from './manage-user.ts';
export { listCompanyUsers } from './users.repository.ts';

export const usersModule: KawalisModule = {
  name: 'users',
  migrations: {},
  permissions: [
    { key: 'platform.users.read', description: 'See the users of the company and their roles' },
    { key: 'platform.users.manage', description: 'Add, change, disable users and reset their passwords' },
    { key: 'platform.roles.read', description: 'See roles and permissions' },
    { key: 'platform.roles.manage', description: 'Create and change roles, require 2FA per role' },
  ],
  routes: (p) => new OpenAPIHono<AppEnv>().route('/', usersRoutes(p)).route('/', rolesRoutes(p)),
  nav: [
    { key: 'users', path: '/admin/users', label: 'nav.users', permission: 'platform.users.read' },
    { key: 'roles', path: '/admin/roles', label: 'nav.roles', permission: 'platform.roles.read' },
  ],
};
