/**
 * Table types for Kysely. Portable conventions (see docs/decisions.md):
 * times are ISO-8601 UTC strings, dates `YYYY-MM-DD` strings, booleans integers 0/1,
 * so that SQLite and PostgreSQL return the same values to the same code.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface DivisionTable {
  code: string;
  name: string;
  level: 'city' | 'county' | 'township';
  parent_code: string | null;
  kind: string | null;
  statistical_only: number;
  seat: string | null;
  area_km2: number | null;
}

export interface PopulationTable {
  division_code: string;
  year: number;
  residents: number;
  source: string;
  updated_at: string;
}

export interface UnitTable {
  code: string;
  name: string;
  short_name: string;
  local_name: string;
  role: string;
  duties_clause: string | null;
  duties: string | null;
  sort: number;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  /** AES-256-GCM ciphertext (platform/crypto.ts); never stored in clear. */
  mobile_enc: string | null;
  role: string;
  division_code: string;
  unit: string | null;
  status: 'active' | 'disabled';
  password_hash: string;
  must_change_password: number;
  failed_logins: number;
  failed_window_start: string | null;
  locked_until: string | null;
  last_login_at: string | null;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  seq: number;
  at: string;
  actor_id: number | null;
  actor_username: string | null;
  actor_role: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  division_code: string | null;
  changes: string | null;
  request_id: string | null;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Database {
  divisions: DivisionTable;
  populations: PopulationTable;
  units: UnitTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  meta: MetaTable;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type DivisionRow = Selectable<DivisionTable>;
