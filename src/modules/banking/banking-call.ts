import type { Actor } from '../../platform/auth/actor.ts';
import type { Clock } from '../../platform/clock.ts';

/** What every banking use case receives besides the database: who acts, and the clock. */
export interface BankingCall {
  actor: Actor;
  clock: Clock;
}
