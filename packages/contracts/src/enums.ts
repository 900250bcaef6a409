/**
 * The zod schema of every enum of the API, each built from its list in packages/domain (the one
 * place its values are declared); the lists the web and the server already imported from here are
 * re-exported.
 */
import {
  APPLICATION_STATUSES,
  ASSIGNED_INSPECTION_KINDS,
  ATTENDANCE_ACTIONS,
  ATTENDANCE_SUBJECTS,
  ATTENTION_KEYS,
  ATTENTION_LEVELS,
  BOOKING_STATUSES,
  CALENDAR_DAY_KINDS,
  CHECKLIST_CATEGORIES,
  CHECKLIST_RISKS,
  CHECKLIST_STATUSES,
  CLASS_TYPES,
  COMPLAINT_CATEGORIES,
  COMPLAINT_EVENT_KINDS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_STATUSES,
  CREDIT_KINDS,
  CREDIT_SUBJECTS,
  DATABASE_ENGINES,
  DIVISION_LEVELS,
  DOCUMENT_TYPES,
  EMERGENCY_PLAN_KINDS,
  EXPORT_FORMATS,
  FEE_UNITS,
  FILING_STATUSES,
  FINDING_OUTCOMES,
  FINDING_STATUSES,
  HEALTH_CHECK_RESULTS,
  HEALTH_CHECK_SESSIONS,
  INCIDENT_ACTIONS,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  INSPECTION_KINDS,
  INSPECTION_RESULTS,
  INSPECTION_STATUSES,
  LEGAL_FORMS,
  PROVIDER_KINDS,
  REVEAL_REASONS,
  RISK_REASON_CODES,
  RISK_TIERS,
  ROLES,
  SERVICE_FORMS,
  SEXES,
  STAFF_ALERT_KINDS,
  STAFF_ROLES,
  STRATUM_NAMES,
  USER_STATUSES,
} from '@tuoyu/domain';
import { z } from 'zod';

export {
  ATTENTION_KEYS,
  type AttentionKey,
  BOOKING_STATUSES,
  CITY_CODE,
  DIVISION_LEVELS,
  type DivisionLevel,
  FILING_STATUSES,
  REVEAL_REASONS,
  RISK_REASON_CODES,
  RISK_TIERS,
  ROLES,
  STAFF_ROLES,
  STRATUM_NAMES,
  type StratumName,
  USER_STATUSES,
} from '@tuoyu/domain';

// Accounts and places
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;
export const UserStatus = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof UserStatus>;
export const DivisionLevelSchema = z.enum(DIVISION_LEVELS);
export const DatabaseEngine = z.enum(DATABASE_ENGINES);
export type DatabaseEngine = z.infer<typeof DatabaseEngine>;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;
export const AttentionKeySchema = z.enum(ATTENTION_KEYS);
export const AttentionLevel = z.enum(ATTENTION_LEVELS);
export type AttentionLevel = z.infer<typeof AttentionLevel>;
export const CalendarDayKind = z.enum(CALENDAR_DAY_KINDS);
export type CalendarDayKind = z.infer<typeof CalendarDayKind>;

// The provider record and its filing
export const ProviderKind = z.enum(PROVIDER_KINDS);
export type ProviderKind = z.infer<typeof ProviderKind>;
export const LegalForm = z.enum(LEGAL_FORMS);
export type LegalForm = z.infer<typeof LegalForm>;
export const ServiceForm = z.enum(SERVICE_FORMS);
export type ServiceForm = z.infer<typeof ServiceForm>;
export const ClassType = z.enum(CLASS_TYPES);
export type ClassType = z.infer<typeof ClassType>;
export const FeeUnit = z.enum(FEE_UNITS);
export type FeeUnit = z.infer<typeof FeeUnit>;
export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;
export const FilingStatus = z.enum(FILING_STATUSES);
export type FilingStatus = z.infer<typeof FilingStatus>;

// Daily records
export const Sex = z.enum(SEXES);
export type Sex = z.infer<typeof Sex>;
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;
export const StaffAlertKind = z.enum(STAFF_ALERT_KINDS);
export type StaffAlertKind = z.infer<typeof StaffAlertKind>;
export const AttendanceSubject = z.enum(ATTENDANCE_SUBJECTS);
export type AttendanceSubject = z.infer<typeof AttendanceSubject>;
export const AttendanceAction = z.enum(ATTENDANCE_ACTIONS);
export type AttendanceAction = z.infer<typeof AttendanceAction>;
export const HealthCheckSession = z.enum(HEALTH_CHECK_SESSIONS);
export type HealthCheckSession = z.infer<typeof HealthCheckSession>;
export const HealthCheckResult = z.enum(HEALTH_CHECK_RESULTS);
export type HealthCheckResult = z.infer<typeof HealthCheckResult>;
export const ApplicationStatus = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;
export const BookingStatus = z.enum(BOOKING_STATUSES);
export type BookingStatus = z.infer<typeof BookingStatus>;

// Supervision
export const ChecklistCategory = z.enum(CHECKLIST_CATEGORIES);
export type ChecklistCategory = z.infer<typeof ChecklistCategory>;
export const ChecklistRisk = z.enum(CHECKLIST_RISKS);
export type ChecklistRisk = z.infer<typeof ChecklistRisk>;
export const ChecklistStatus = z.enum(CHECKLIST_STATUSES);
export type ChecklistStatus = z.infer<typeof ChecklistStatus>;
export const StratumNameSchema = z.enum(STRATUM_NAMES);
export const RevealReason = z.enum(REVEAL_REASONS);
export type RevealReason = z.infer<typeof RevealReason>;
export const InspectionKindSchema = z.enum(INSPECTION_KINDS);
export const AssignedInspectionKind = z.enum(ASSIGNED_INSPECTION_KINDS);
export const InspectionStatusSchema = z.enum(INSPECTION_STATUSES);
export const InspectionResultSchema = z.enum(INSPECTION_RESULTS);
export const FindingOutcomeSchema = z.enum(FINDING_OUTCOMES);
export const FindingStatusSchema = z.enum(FINDING_STATUSES);
export const ComplaintCategory = z.enum(COMPLAINT_CATEGORIES);
export type ComplaintCategory = z.infer<typeof ComplaintCategory>;
export const ComplaintStatus = z.enum(COMPLAINT_STATUSES);
export type ComplaintStatus = z.infer<typeof ComplaintStatus>;
export const ComplaintOutcome = z.enum(COMPLAINT_OUTCOMES);
export type ComplaintOutcome = z.infer<typeof ComplaintOutcome>;
export const ComplaintEventKind = z.enum(COMPLAINT_EVENT_KINDS);
export type ComplaintEventKind = z.infer<typeof ComplaintEventKind>;
export const IncidentType = z.enum(INCIDENT_TYPES);
export type IncidentType = z.infer<typeof IncidentType>;
export const IncidentSeverity = z.enum(INCIDENT_SEVERITIES);
export type IncidentSeverity = z.infer<typeof IncidentSeverity>;
export const IncidentStatus = z.enum(INCIDENT_STATUSES);
export type IncidentStatus = z.infer<typeof IncidentStatus>;
export const IncidentAction = z.enum(INCIDENT_ACTIONS);
export type IncidentAction = z.infer<typeof IncidentAction>;
export const EmergencyPlanKind = z.enum(EMERGENCY_PLAN_KINDS);
export type EmergencyPlanKind = z.infer<typeof EmergencyPlanKind>;
export const CreditKind = z.enum(CREDIT_KINDS);
export type CreditKind = z.infer<typeof CreditKind>;
export const CreditSubject = z.enum(CREDIT_SUBJECTS);
export type CreditSubject = z.infer<typeof CreditSubject>;
export const RiskTierSchema = z.enum(RISK_TIERS);
export const RiskReasonCode = z.enum(RISK_REASON_CODES);
export type RiskReasonCode = z.infer<typeof RiskReasonCode>;
