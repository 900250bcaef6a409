/**
 * Every enum's labels by name, so that the console, the public site and the server's Excel files
 * word a value the same way: `labelOf('filingStatus', 'filed', 'zh')` → 已备案.
 */
import { ROLE_NAMES, USER_STATUS_NAMES } from './accounts';
import {
  APPLICATION_STATUS_NAMES,
  HEALTH_CHECK_RESULT_NAMES,
  HEALTH_CHECK_SESSION_NAMES,
  STAFF_ROLE_NAMES,
} from './care';
import { CHECKLIST_CATEGORY_NAMES, CHECKLIST_RISK_NAMES } from './checklists';
import {
  CHECKUP_KIND_NAMES,
  DEVELOPMENT_RESULT_NAMES,
  DUE_STATUS_NAMES,
  HEALTH_CHILD_STATUS_NAMES,
} from './child-health';
import { COMPLAINT_CATEGORY_NAMES, COMPLAINT_OUTCOME_NAMES, COMPLAINT_STATUS_NAMES } from './complaints';
import { CREDIT_KIND_NAMES, CREDIT_SUBJECT_NAMES } from './credit';
import { DOCUMENT_TYPE_NAMES } from './filing-documents';
import { FILING_STATUS_NAMES } from './filing-workflow';
import { GROWTH_FLAG_NAMES } from './growth-flags';
import {
  EMERGENCY_PLAN_KIND_NAMES,
  INCIDENT_SEVERITY_NAMES,
  INCIDENT_STATUS_NAMES,
  INCIDENT_TYPE_NAMES,
} from './incidents';
import {
  FINDING_OUTCOME_NAMES,
  INSPECTION_KIND_NAMES,
  INSPECTION_RESULT_NAMES,
  INSPECTION_STATUS_NAMES,
} from './inspections';
import {
  JC_ASSESS_INDICATOR_NAMES,
  JC_ASSESS_KIND_NAMES,
  JC_GRADE_NAMES,
  JC_SCORE_RULE_NAMES,
} from './jc-assessment';
import { JC_PLAN_STATUS_NAMES } from './jc-plan';
import {
  JC_ATTENDANCE_NAMES,
  JC_LIGHT_NAMES,
  JC_MEETING_KIND_NAMES,
  JC_POSITION_NAMES,
  JC_TASK_EVENT_KIND_NAMES,
  JC_TASK_STATUS_NAMES,
} from './joint-conference';
import {
  JC_ASSOCIATION_ROLE_NAMES,
  JC_BULLETIN_OUTCOME_NAMES,
  JC_BULLETIN_STATUS_NAMES,
  JC_EXPERT_FIELD_NAMES,
} from './joint-conference-bulletin';
import {
  CLASS_TYPE_NAMES,
  FEE_UNIT_NAMES,
  LEGAL_FORM_NAMES,
  type LocalizedText,
  PROVIDER_KIND_NAMES,
  SERVICE_FORM_NAMES,
} from './provider-kinds';
import { SEX_NAMES } from './resident-id';
import { RISK_REASON_NAMES, RISK_TIER_NAMES } from './risk';

export type Lang = 'zh' | 'en';

export const ENUM_LABELS = {
  role: ROLE_NAMES,
  userStatus: USER_STATUS_NAMES,
  providerKind: PROVIDER_KIND_NAMES,
  legalForm: LEGAL_FORM_NAMES,
  serviceForm: SERVICE_FORM_NAMES,
  classType: CLASS_TYPE_NAMES,
  feeUnit: FEE_UNIT_NAMES,
  documentType: DOCUMENT_TYPE_NAMES,
  filingStatus: FILING_STATUS_NAMES,
  sex: SEX_NAMES,
  staffRole: STAFF_ROLE_NAMES,
  healthCheckSession: HEALTH_CHECK_SESSION_NAMES,
  healthCheckResult: HEALTH_CHECK_RESULT_NAMES,
  applicationStatus: APPLICATION_STATUS_NAMES,
  checklistCategory: CHECKLIST_CATEGORY_NAMES,
  checklistRisk: CHECKLIST_RISK_NAMES,
  inspectionKind: INSPECTION_KIND_NAMES,
  inspectionStatus: INSPECTION_STATUS_NAMES,
  inspectionResult: INSPECTION_RESULT_NAMES,
  findingOutcome: FINDING_OUTCOME_NAMES,
  complaintCategory: COMPLAINT_CATEGORY_NAMES,
  complaintStatus: COMPLAINT_STATUS_NAMES,
  complaintOutcome: COMPLAINT_OUTCOME_NAMES,
  incidentType: INCIDENT_TYPE_NAMES,
  incidentSeverity: INCIDENT_SEVERITY_NAMES,
  incidentStatus: INCIDENT_STATUS_NAMES,
  emergencyPlanKind: EMERGENCY_PLAN_KIND_NAMES,
  creditKind: CREDIT_KIND_NAMES,
  creditSubject: CREDIT_SUBJECT_NAMES,
  riskTier: RISK_TIER_NAMES,
  riskReason: RISK_REASON_NAMES,
  checkupKind: CHECKUP_KIND_NAMES,
  developmentResult: DEVELOPMENT_RESULT_NAMES,
  healthChildStatus: HEALTH_CHILD_STATUS_NAMES,
  dueStatus: DUE_STATUS_NAMES,
  growthFlag: GROWTH_FLAG_NAMES,
  jcMeetingKind: JC_MEETING_KIND_NAMES,
  jcPosition: JC_POSITION_NAMES,
  jcAttendance: JC_ATTENDANCE_NAMES,
  jcTaskStatus: JC_TASK_STATUS_NAMES,
  jcLight: JC_LIGHT_NAMES,
  jcTaskEventKind: JC_TASK_EVENT_KIND_NAMES,
  jcBulletinStatus: JC_BULLETIN_STATUS_NAMES,
  jcBulletinOutcome: JC_BULLETIN_OUTCOME_NAMES,
  jcExpertField: JC_EXPERT_FIELD_NAMES,
  jcAssociationRole: JC_ASSOCIATION_ROLE_NAMES,
  jcPlanStatus: JC_PLAN_STATUS_NAMES,
  jcAssessKind: JC_ASSESS_KIND_NAMES,
  jcAssessIndicator: JC_ASSESS_INDICATOR_NAMES,
  jcScoreRule: JC_SCORE_RULE_NAMES,
  jcGrade: JC_GRADE_NAMES,
} as const;
export type EnumName = keyof typeof ENUM_LABELS;
/** The values of one labelled enum. */
export type EnumValue<E extends EnumName> = keyof (typeof ENUM_LABELS)[E] & string;

/** A value's label in `lang`. */
export function labelOf<E extends EnumName>(enumName: E, value: EnumValue<E>, lang: Lang): string {
  const names: Readonly<Record<string, LocalizedText>> = ENUM_LABELS[enumName];
  // A code no list knows (an old row, a newer server) shows as itself rather than as nothing.
  return names[value]?.[lang] ?? value;
}
