/**
 * The console's strings, each catalogue beside the pages it serves, registered when the console
 * chunk loads (imported by ConsoleRoot and the login route), so that the parents' site never
 * downloads them (e2e/public/home.spec.ts checks it).
 */
import { registerMessages } from '../shared/i18n';
import { consoleApplicationsEn, consoleApplicationsZhCN } from './applications/messages';
import { consoleAttendanceEn, consoleAttendanceZhCN } from './attendance/messages';
import { consoleAuditEn, consoleAuditZhCN } from './audit/messages';
import { consoleAuthEn, consoleAuthZhCN } from './auth/messages';
import { consoleBookingEn, consoleBookingZhCN } from './booking/messages';
import { consoleCalendarEn, consoleCalendarZhCN } from './calendar/messages';
import { consoleChecklistsEn, consoleChecklistsZhCN } from './checklists/messages';
import { consoleChildHealthEn, consoleChildHealthZhCN } from './child-health/messages';
import { consoleChildrenEn, consoleChildrenZhCN } from './children/messages';
import { consoleCommonEn, consoleCommonZhCN } from './common/messages';
import { consoleComplaintsEn, consoleComplaintsZhCN } from './complaints/messages';
import { consoleCreditEn, consoleCreditZhCN } from './credit/messages';
import { consoleHealthChecksEn, consoleHealthChecksZhCN } from './health-checks/messages';
import { consoleIncidentsEn, consoleIncidentsZhCN } from './incidents/messages';
import { consoleInspectionPlansEn, consoleInspectionPlansZhCN } from './inspection-plans/messages';
import { consoleInspectionsEn, consoleInspectionsZhCN } from './inspections/messages';
import { consoleJcEn, consoleJcZhCN } from './jc/messages';
import { consoleJcAssessmentEn, consoleJcAssessmentZhCN } from './jc-assessment/messages';
import { consoleJcBulletinsEn, consoleJcBulletinsZhCN } from './jc-bulletins/messages';
import { consoleJcPlanEn, consoleJcPlanZhCN } from './jc-plan/messages';
import { consoleJcRegistersEn, consoleJcRegistersZhCN } from './jc-registers/messages';
import { consoleLayoutEn, consoleLayoutZhCN } from './layout/messages';
import { consoleProvidersFeesEn, consoleProvidersFeesZhCN } from './providers/fees/messages';
import { consoleProvidersFilingEn, consoleProvidersFilingZhCN } from './providers/filing/messages';
import { consoleProvidersEn, consoleProvidersZhCN } from './providers/messages';
import { consoleProvidersMyFilingEn, consoleProvidersMyFilingZhCN } from './providers/my-filing/messages';
import { consoleProvidersRecordEn, consoleProvidersRecordZhCN } from './providers/record/messages';
import {
  consoleProvidersRegistrationEn,
  consoleProvidersRegistrationZhCN,
} from './providers/registration/messages';
import { consoleReferenceEn, consoleReferenceZhCN } from './reference/messages';
import { consoleReportsEn, consoleReportsZhCN } from './reports/messages';
import { consoleRiskEn, consoleRiskZhCN } from './risk/messages';
import { consoleSettingsEn, consoleSettingsZhCN } from './settings/messages';
import { consoleStaffEn, consoleStaffZhCN } from './staff/messages';
import { consoleTodoEn, consoleTodoZhCN } from './todo/messages';
import { consoleUsersEn, consoleUsersZhCN } from './users/messages';

registerMessages({
  'zh-CN': {
    ...consoleApplicationsZhCN,
    ...consoleAttendanceZhCN,
    ...consoleAuditZhCN,
    ...consoleAuthZhCN,
    ...consoleBookingZhCN,
    ...consoleCalendarZhCN,
    ...consoleChecklistsZhCN,
    ...consoleChildHealthZhCN,
    ...consoleJcAssessmentZhCN,
    ...consoleChildrenZhCN,
    ...consoleCommonZhCN,
    ...consoleComplaintsZhCN,
    ...consoleCreditZhCN,
    ...consoleHealthChecksZhCN,
    ...consoleIncidentsZhCN,
    ...consoleJcPlanZhCN,
    ...consoleJcZhCN,
    ...consoleInspectionPlansZhCN,
    ...consoleInspectionsZhCN,
    ...consoleJcBulletinsZhCN,
    ...consoleJcRegistersZhCN,
    ...consoleLayoutZhCN,
    ...consoleProvidersZhCN,
    ...consoleProvidersFeesZhCN,
    ...consoleProvidersFilingZhCN,
    ...consoleProvidersMyFilingZhCN,
    ...consoleProvidersRecordZhCN,
    ...consoleProvidersRegistrationZhCN,
    ...consoleReferenceZhCN,
    ...consoleReportsZhCN,
    ...consoleRiskZhCN,
    ...consoleSettingsZhCN,
    ...consoleStaffZhCN,
    ...consoleTodoZhCN,
    ...consoleUsersZhCN,
  },
  en: {
    ...consoleApplicationsEn,
    ...consoleAttendanceEn,
    ...consoleAuditEn,
    ...consoleAuthEn,
    ...consoleBookingEn,
    ...consoleCalendarEn,
    ...consoleChecklistsEn,
    ...consoleChildHealthEn,
    ...consoleJcAssessmentEn,
    ...consoleChildrenEn,
    ...consoleCommonEn,
    ...consoleComplaintsEn,
    ...consoleCreditEn,
    ...consoleHealthChecksEn,
    ...consoleIncidentsEn,
    ...consoleJcPlanEn,
    ...consoleJcEn,
    ...consoleInspectionPlansEn,
    ...consoleInspectionsEn,
    ...consoleJcBulletinsEn,
    ...consoleJcRegistersEn,
    ...consoleLayoutEn,
    ...consoleProvidersEn,
    ...consoleProvidersFeesEn,
    ...consoleProvidersFilingEn,
    ...consoleProvidersMyFilingEn,
    ...consoleProvidersRecordEn,
    ...consoleProvidersRegistrationEn,
    ...consoleReferenceEn,
    ...consoleReportsEn,
    ...consoleRiskEn,
    ...consoleSettingsEn,
    ...consoleStaffEn,
    ...consoleTodoEn,
    ...consoleUsersEn,
  },
});
