import type { Actor } from '../auth/actor.ts';
import type { CompanyDb } from '../db/company-scope.ts';

export interface AppEnv {
  Variables: {
    requestId: string;
    /** Undefined until the auth middleware finds a valid session or token. */
    actor?: Actor;
    /** The database scoped to the actor's current company; set with the actor. */
    db?: CompanyDb;
    /** The raw session token's hash, for routes that manage the current session. */
    sessionTokenHash?: string;
    /** Cookie-authenticated request (CSRF rules apply), as opposed to a bearer token. */
    viaCookie?: boolean;
  };
}
