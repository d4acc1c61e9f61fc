import type { CompaniesTables } from '../companies/companies.tables.ts';

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  time_zone: string;
  password_hash: string;
  active: bigint | number;
  must_change_password: bigint | number;
  totp_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: bigint | null;
  last_login_at: string | null;
  created_at: string;
}

export interface RoleTable {
  id: string;
  company_id: string;
  key: string;
  name: string;
  name_ar: string | null;
  /** JSON array of permission keys */
  permissions: string;
  require_mfa: bigint | number;
  system: bigint | number;
}

export interface UserRoleTable {
  id: string;
  company_id: string;
  user_id: string;
  role_id: string;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  company_id: string | null;
  stage: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  ip: string | null;
  user_agent: string | null;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface ApiTokenTable {
  id: string;
  company_id: string;
  user_id: string;
  name: string;
  prefix: string;
  token_hash: string;
  permissions: string;
  expires_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
  created_at: string;
}

export interface RateLimitTable {
  key: string;
  failures: bigint | number;
  last_failure_at: string;
}

export interface AuthTables extends CompaniesTables {
  app_user: UserTable;
  role: RoleTable;
  user_role: UserRoleTable;
  session: SessionTable;
  recovery_code: RecoveryCodeTable;
  api_token: ApiTokenTable;
  rate_limit: RateLimitTable;
}

export const bool = (v: bigint | number | null | undefined) => Number(v ?? 0) === 1;
