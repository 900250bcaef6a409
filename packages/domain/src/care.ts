/**
 * Value lists of a provider's daily records: children, staff, attendance, health checks (晨午检),
 * parents' applications for a place and bookings of hourly or temporary care.
 */
import type { LocalizedText } from './provider-kinds';

/** Staff roles (《托育机构设置标准（试行）》 staffing); carers count toward the staff-to-child ratio. */
export const STAFF_ROLES = ['head', 'carer', 'health', 'guard', 'cook', 'other'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Whether a staff member of this role counts toward the staff-to-child ratio (the carers). */
export const countsTowardRatio = (role: StaffRole): boolean => role === 'carer';

export const STAFF_ROLE_NAMES: Readonly<Record<StaffRole, LocalizedText>> = {
  head: { zh: '负责人', en: 'Head' },
  carer: { zh: '保育人员', en: 'Carer' },
  health: { zh: '保健人员', en: 'Health worker' },
  guard: { zh: '保安人员', en: 'Security guard' },
  cook: { zh: '炊事人员', en: 'Cook' },
  other: { zh: '其他', en: 'Other' },
};

/** What a staff expiry alert is about: the yearly health exam, or a certificate. */
export const STAFF_ALERT_KINDS = ['health_exam', 'qualification'] as const;
export type StaffAlertKind = (typeof STAFF_ALERT_KINDS)[number];

/** Who checks in or out: a child, or a staff member (the ratio counts both). */
export const ATTENDANCE_SUBJECTS = ['child', 'staff'] as const;
export type AttendanceSubject = (typeof ATTENDANCE_SUBJECTS)[number];
export const ATTENDANCE_ACTIONS = ['in', 'out'] as const;
export type AttendanceAction = (typeof ATTENDANCE_ACTIONS)[number];

/** 晨检 and 午检 (《托育机构保育指导大纲（试行）》). */
export const HEALTH_CHECK_SESSIONS = ['morning', 'noon'] as const;
export type HealthCheckSession = (typeof HEALTH_CHECK_SESSIONS)[number];

export const HEALTH_CHECK_SESSION_NAMES: Readonly<Record<HealthCheckSession, LocalizedText>> = {
  morning: { zh: '晨检', en: 'Morning check' },
  noon: { zh: '午检', en: 'Noon check' },
};

export const HEALTH_CHECK_RESULTS = ['normal', 'abnormal'] as const;
export type HealthCheckResult = (typeof HEALTH_CHECK_RESULTS)[number];

export const HEALTH_CHECK_RESULT_NAMES: Readonly<Record<HealthCheckResult, LocalizedText>> = {
  normal: { zh: '正常', en: 'Normal' },
  abnormal: { zh: '异常', en: 'Abnormal' },
};

/** A parent's application: waiting (on the waitlist), then accepted (a child record) or declined. */
export const APPLICATION_STATUSES = ['waiting', 'accepted', 'declined'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_NAMES: Readonly<Record<ApplicationStatus, LocalizedText>> = {
  waiting: { zh: '候补中', en: 'Waiting' },
  accepted: { zh: '已录取', en: 'Accepted' },
  declined: { zh: '已婉拒', en: 'Declined' },
};

export const BOOKING_STATUSES = ['booked', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
