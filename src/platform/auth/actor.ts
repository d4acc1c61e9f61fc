/** How a request was authenticated. */
export type ActorVia = 'session' | 'token' | 'cli' | 'system';

/**
 * Where a session stands in sign-in. Only `full` reaches business routes; the others reach only the
 * routes that finish sign-in (second factor, forced 2FA enrolment, forced password change).
 */
export type Stage = 'full' | 'mfa' | 'enrol_mfa' | 'change_password';

/** The acting user, always taken from the session or token, never from the request. */
export interface Actor {
  userId: string | null;
  label: string;
  companyId: string | null;
  permissions: ReadonlySet<string>;
  roles: readonly string[];
  via: ActorVia;
  stage: Stage;
  sessionId?: string;
  tokenId?: string;
  requestId?: string;
  ip?: string;
}

export const hasPermission = (actor: Actor, permission: string) => actor.permissions.has(permission);

/** The actor for command-line use: an operator at the machine, holding every permission of the company. */
export function cliActor(companyId: string | null, permissions: Iterable<string>): Actor {
  return {
    userId: null,
    label: 'cli',
    companyId,
    permissions: new Set(permissions),
    roles: ['admin'],
    via: 'cli',
    stage: 'full',
  };
}
