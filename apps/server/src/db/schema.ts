/**
 * Table types for Kysely. Portable conventions (see docs/decisions.md):
 * times are ISO-8601 UTC strings, dates `YYYY-MM-DD` strings, booleans integers 0/1,
 * so that SQLite and PostgreSQL return the same values to the same code.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AuthTables } from './schema-auth';
import type { CalendarTables } from './schema-calendar';
import type { ComplaintsTables } from './schema-complaints';
import type { CreditTables } from './schema-credit';
import type { IncidentsTables } from './schema-incidents';
import type { SupervisionTables } from './schema-supervision';

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

export interface ProviderTable {
  id: Generated<number>;
  name: string;
  credit_code: string;
  legal_form: string;
  kind: string;
  division_code: string;
  township_code: string | null;
  address: string;
  /** JSON array of service forms. */
  service_forms: string;
  legal_representative: string;
  contact_phone: string;
  registered_by_unit: string;
  registered_at: string;
  manager_user_id: number | null;
  public: Generated<number>;
  capacity: Generated<number>;
  enrolled: Generated<number>;
  inclusive: Generated<number>;
  service_mask: Generated<number>;
  min_monthly_fee_fen: number | null;
  age_from_months: Generated<number>;
  age_to_months: Generated<number>;
  lat: number | null;
  lng: number | null;
  created_at: string;
  updated_at: string;
}

export interface FilingTable {
  id: Generated<number>;
  provider_id: number;
  division_code: string;
  status: string;
  data: string | null;
  filed_data: string | null;
  version: number;
  filing_number: string | null;
  submitted_at: string | null;
  due_date: string | null;
  filed_at: string | null;
  exception_reason: string | null;
  return_reason: string | null;
  checks: string | null;
  updated_at: string;
}

export interface FilingEventTable {
  id: Generated<number>;
  filing_id: number;
  at: string;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_id: number | null;
  actor_username: string | null;
  actor_name: string | null;
  reason: string | null;
}

export interface FilingVersionTable {
  id: Generated<number>;
  filing_id: number;
  version: number;
  data: string;
  filed_at: string;
  filed_by: string | null;
}

export interface FilingCounterTable {
  county_code: string;
  year: number;
  seq: number;
}

export interface FileTable {
  id: Generated<number>;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  storage_key: string;
  owner_user_id: number;
  provider_id: number | null;
  division_code: string;
  created_at: string;
}

/** A file's content in 256 KiB pieces (migration 2026120204_files_and_jobs), keyed like the file row. */
export interface FileChunkTable {
  storage_key: string;
  seq: number;
  data: Buffer;
}

/** One run of a scheduled job; (job, slot) is unique, which is what makes a slot run once. */
export interface JobRunTable {
  id: Generated<number>;
  job: string;
  slot: string;
  instance: string;
  started_at: string;
  finished_at: string | null;
  outcome: 'running' | 'ok' | 'failed';
  /** JSON object of figures the handler returned. */
  counts: string | null;
  error: string | null;
}

export interface FeeCeilingTable {
  class_type: string;
  service_form: string;
  max_monthly_fen: number;
  updated_at: string;
}

export interface PlacesSummaryTable {
  division_code: string;
  places: number;
  inclusive_places: number;
  family_places: number;
  hourly_providers: number;
  providers: number;
  updated_at: string;
}

export interface ClassTable {
  id: Generated<number>;
  provider_id: number;
  type: string;
  name: string;
  capacity: number;
  room: string | null;
  created_at: string;
}

export interface ChildTable {
  id: Generated<number>;
  provider_id: number;
  class_id: number;
  division_code: string;
  name: string;
  resident_id_enc: string;
  resident_id_hash: string;
  resident_id_masked: string;
  birth_date: string;
  sex: string;
  guardians_enc: string;
  guardians_masked: string;
  enrolled_on: string;
  vaccination_up_to_date: number;
  entry_exam_date: string | null;
  left_on: string | null;
  leave_reason: string | null;
  duplicate_flag: Generated<number>;
  created_at: string;
}

export interface StaffTable {
  id: Generated<number>;
  provider_id: number;
  division_code: string;
  name: string;
  resident_id_enc: string;
  resident_id_hash: string;
  resident_id_masked: string;
  role: string;
  mobile_enc: string | null;
  mobile_masked: string | null;
  qualifications: string;
  health_exam_date: string | null;
  no_criminal_record_date: string | null;
  hired_on: string;
  left_on: string | null;
  created_at: string;
}

export interface BanTable {
  id: Generated<number>;
  resident_id_hash: string;
  resident_id_enc: string;
  resident_id_masked: string;
  name: string;
  reason: string;
  legal_basis: string;
  decided_on: string;
  division_code: string;
  created_by: string;
  created_at: string;
}

export interface AttendanceTable {
  id: Generated<number>;
  provider_id: number;
  class_id: number;
  subject: string;
  subject_id: number;
  day: string;
  in_at: string;
  out_at: string | null;
}

export interface RatioBreachTable {
  id: Generated<number>;
  provider_id: number;
  class_id: number;
  division_code: string;
  started_at: string;
  ended_at: string | null;
  children_present: number;
  carers_present: number;
}

/** Every table; the later capabilities keep their table types in schema-<capability>.ts. */
export interface Database
  extends SupervisionTables,
    ComplaintsTables,
    IncidentsTables,
    CreditTables,
    AuthTables,
    CalendarTables {
  classes: ClassTable;
  children: ChildTable;
  staff: StaffTable;
  bans: BanTable;
  attendance: AttendanceTable;
  ratio_breaches: RatioBreachTable;
  places_summary: PlacesSummaryTable;
  providers: ProviderTable;
  filings: FilingTable;
  filing_events: FilingEventTable;
  filing_versions: FilingVersionTable;
  filing_counters: FilingCounterTable;
  files: FileTable;
  file_chunks: FileChunkTable;
  job_runs: JobRunTable;
  fee_ceilings: FeeCeilingTable;
  divisions: DivisionTable;
  populations: PopulationTable;
  units: UnitTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  meta: MetaTable;
  slots: SlotTable;
  bookings: BookingTable;
  health_checks: HealthCheckTable;
  notifications: NotificationTable;
  applications: ApplicationTable;
}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type DivisionRow = Selectable<DivisionTable>;

/** A bookable slot of hourly/temporary care (计时托/临时托), migration 2026112906_booking. */
export interface SlotTable {
  id: Generated<number>;
  provider_id: number;
  division_code: string;
  /** Beijing calendar date and wall-clock times `HH:MM`, as the provider entered them. */
  date: string;
  start_time: string;
  end_time: string;
  /** The start as an ISO-8601 UTC instant. */
  starts_at: string;
  places: number;
  /** Active bookings; changed only by conditional updates (never above places). */
  booked: Generated<number>;
  class_type: string | null;
  created_by: number;
  created_at: string;
  withdrawn_at: string | null;
}

export interface BookingTable {
  id: Generated<number>;
  slot_id: number;
  provider_id: number;
  parent_user_id: number;
  child_name: string;
  birth_date: string;
  status: 'booked' | 'cancelled';
  /** 0 while active, the booking's id once cancelled: unique (slot_id, parent_user_id, active_key). */
  active_key: Generated<number>;
  created_at: string;
  cancelled_at: string | null;
}

/** A daily health check (晨午检), migration 2026112907_reports: one per child, Beijing day and session. */
export interface HealthCheckTable {
  id: Generated<number>;
  provider_id: number;
  child_id: number;
  class_id: number;
  division_code: string;
  day: string;
  session: 'morning' | 'noon';
  result: 'normal' | 'abnormal';
  note: string | null;
  checked_by: number;
  created_at: string;
}

/** An in-app notification; kept against the child (user_id null) until guardians have accounts. */
export interface NotificationTable {
  id: Generated<number>;
  user_id: number | null;
  provider_id: number;
  child_id: number | null;
  kind: string;
  title: string;
  body: string;
  created_at: string;
  read_at: string | null;
  /** Set by scheduled notices (kind:item:user:day); unique, so a repeated run inserts nothing. */
  dedupe_key: string | null;
}

/** A parent's enrollment application; waiting ones form the waitlist per provider and class type. */
export interface ApplicationTable {
  id: Generated<number>;
  provider_id: number;
  division_code: string;
  parent_user_id: number;
  child_name: string;
  birth_date: string;
  desired_start: string;
  service_form: string;
  class_type: string;
  note: string | null;
  status: 'waiting' | 'accepted' | 'declined';
  decline_reason: string | null;
  child_id: number | null;
  created_at: string;
  decided_at: string | null;
}
