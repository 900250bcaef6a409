/** Table types of accounts and their server-side sessions. */
import type { Role, UserStatus } from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  /** AES-256-GCM ciphertext (platform/crypto.ts); never stored in clear. */
  mobile_enc: string | null;
  role: Role;
  division_code: string;
  unit: string | null;
  status: UserStatus;
  password_hash: string;
  must_change_password: number;
  /** Unused since login_failures (migration 2026120203) counts failures; kept at 0. */
  failed_logins: number;
  /** Failures before this time do not count toward a lock: set when a lock starts or is lifted. */
  failed_window_start: string | null;
  locked_until: string | null;
  last_login_at: string | null;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
  provider_id: number | null;
  /** Keyed hash of the mobile (platform/crypto lookupHash): guardians reach their parent account. */
  mobile_hash: string | null;
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

export interface AccountTables {
  users: UserTable;
  sessions: SessionTable;
}
