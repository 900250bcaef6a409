/** Table types of child health management (issue 11): the register, check-ups, due dates and I-2. */
import type { CheckupKind, HealthChildStatus, HealthImportKind, Sex } from '@tuoyu/contracts';
import type { Generated } from 'kysely';

export interface HealthChildTable {
  id: Generated<number>;
  /** The township (9 digits). */
  division_code: string;
  name: string;
  sex: Sex;
  birth_date: string;
  birth_cert_enc: string | null;
  birth_cert_hash: string | null;
  birth_cert_masked: string | null;
  resident_id_enc: string | null;
  resident_id_hash: string | null;
  resident_id_masked: string | null;
  guardians_enc: string;
  guardians_masked: string;
  status: HealthChildStatus;
  status_on: string | null;
  status_reason: string | null;
  /** Growth flags of the latest check-up, comma-separated; '' when none. */
  flags: Generated<string>;
  last_checkup_on: string | null;
  newborn_visited: Generated<number>;
  /** The family-doctor contract (team, doctor, signedOn, validUntil), encrypted JSON. */
  fd_enc: string | null;
  fd_valid_until: string | null;
  vaccination_up_to_date: number | null;
  vaccination_confirmed_on: string | null;
  /** What the child adds to health_rate_days now (JSON `RateCell[]`). */
  ledger_cells: Generated<string>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface HealthChildGuardianTable {
  child_id: number;
  mobile_hash: string;
}

export interface HealthChildLinkTable {
  user_id: number;
  child_id: number;
  created_at: string;
}

export interface HealthCheckupTable {
  id: Generated<number>;
  child_id: number;
  kind: CheckupKind;
  age_months: number | null;
  date: string;
  /** Encrypted JSON: measurements, z-scores, development, feeding, guidance, referral, notes. */
  data_enc: string;
  flags: Generated<string>;
  on_time: number;
  recorded_by: number | null;
  recorder_name: string;
  created_at: string;
}

export interface HealthDueTable {
  child_id: number;
  age_months: number;
  division_code: string;
  due_on: string;
  due_from: string;
  due_to: string;
  checkup_id: number | null;
}

export interface HealthChildYearTable {
  child_id: number;
  year: number;
  division_code: string;
  first_due: string;
  first_unsatisfied: string | null;
}

export interface HealthRateDayTable {
  year: number;
  division_code: string;
  day: string;
  entering: Generated<number>;
  failing: Generated<number>;
  births: Generated<number>;
  visited: Generated<number>;
}

export interface HealthImportTable {
  id: Generated<number>;
  kind: HealthImportKind;
  user_id: number;
  status: 'running' | 'failed' | 'done';
  total: number;
  processed: Generated<number>;
  imported: Generated<number>;
  errors: Generated<string>;
  started_at: string;
  finished_at: string | null;
}

export interface ChildHealthTables {
  health_children: HealthChildTable;
  health_child_guardians: HealthChildGuardianTable;
  health_child_links: HealthChildLinkTable;
  health_checkups: HealthCheckupTable;
  health_dues: HealthDueTable;
  health_child_years: HealthChildYearTable;
  health_rate_days: HealthRateDayTable;
  health_imports: HealthImportTable;
}
