/** Table types of login throttling (migration 2026120203_login_throttle). */
import type { Generated } from 'kysely';

export interface LoginFailureTable {
  id: Generated<number>;
  username: string;
  ip: string;
  at: string;
}

export interface AuthTables {
  login_failures: LoginFailureTable;
}
