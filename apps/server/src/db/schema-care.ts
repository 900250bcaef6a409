/** Table types of a provider's daily records: classes, children, staff, bans, attendance and ratio breaches, slots and bookings, health checks, notifications, applications. */
import type {
  ApplicationStatus,
  AttendanceSubject,
  BookingStatus,
  ClassType,
  HealthCheckResult,
  HealthCheckSession,
  ServiceForm,
  Sex,
  StaffRole,
} from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface ClassTable {
  id: Generated<number>;
  provider_id: number;
  type: ClassType;
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
  sex: Sex;
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
  role: StaffRole;
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
  subject: AttendanceSubject;
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
  class_type: ClassType | null;
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
  status: BookingStatus;
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
  session: HealthCheckSession;
  result: HealthCheckResult;
  note: string | null;
  checked_by: number;
  created_at: string;
}

/** An in-app notification; kept against the child (user_id null) until guardians have accounts. */
export interface NotificationTable {
  id: Generated<number>;
  user_id: number | null;
  /** Null for the child-health reminders, which no provider sends. */
  provider_id: number | null;
  child_id: number | null;
  /** The child-health register entry a health reminder is about. */
  health_child_id?: number | null;
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
  service_form: ServiceForm;
  class_type: ClassType;
  note: string | null;
  status: ApplicationStatus;
  decline_reason: string | null;
  child_id: number | null;
  created_at: string;
  decided_at: string | null;
}

export interface CareTables {
  classes: ClassTable;
  children: ChildTable;
  staff: StaffTable;
  bans: BanTable;
  attendance: AttendanceTable;
  ratio_breaches: RatioBreachTable;
  slots: SlotTable;
  bookings: BookingTable;
  health_checks: HealthCheckTable;
  notifications: NotificationTable;
  applications: ApplicationTable;
}
