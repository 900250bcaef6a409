import type { consoleApplicationsZhCN } from '../../console/applications/messages';
import type { consoleAttendanceZhCN } from '../../console/attendance/messages';
import type { consoleAuditZhCN } from '../../console/audit/messages';
import type { consoleAuthZhCN } from '../../console/auth/messages';
import type { consoleBookingZhCN } from '../../console/booking/messages';
import type { consoleCalendarZhCN } from '../../console/calendar/messages';
import type { consoleChecklistsZhCN } from '../../console/checklists/messages';
import type { consoleChildHealthZhCN } from '../../console/child-health/messages';
import type { consoleChildrenZhCN } from '../../console/children/messages';
import type { consoleCommonZhCN } from '../../console/common/messages';
import type { consoleComplaintsZhCN } from '../../console/complaints/messages';
import type { consoleCreditZhCN } from '../../console/credit/messages';
import type { consoleHealthChecksZhCN } from '../../console/health-checks/messages';
import type { consoleIncidentsZhCN } from '../../console/incidents/messages';
import type { consoleInspectionPlansZhCN } from '../../console/inspection-plans/messages';
import type { consoleInspectionsZhCN } from '../../console/inspections/messages';
import type { consoleLayoutZhCN } from '../../console/layout/messages';
import type { consoleProvidersFeesZhCN } from '../../console/providers/fees/messages';
import type { consoleProvidersFilingZhCN } from '../../console/providers/filing/messages';
import type { consoleProvidersZhCN } from '../../console/providers/messages';
import type { consoleProvidersMyFilingZhCN } from '../../console/providers/my-filing/messages';
import type { consoleProvidersRecordZhCN } from '../../console/providers/record/messages';
import type { consoleProvidersRegistrationZhCN } from '../../console/providers/registration/messages';
import type { consoleReferenceZhCN } from '../../console/reference/messages';
import type { consoleReportsZhCN } from '../../console/reports/messages';
import type { consoleRiskZhCN } from '../../console/risk/messages';
import type { consoleSettingsZhCN } from '../../console/settings/messages';
import type { consoleStaffZhCN } from '../../console/staff/messages';
import type { consoleTodoZhCN } from '../../console/todo/messages';
import type { consoleUsersZhCN } from '../../console/users/messages';
import type { publicApplicationsZhCN } from '../../public/applications/messages';
import type { publicBlacklistZhCN } from '../../public/blacklist/messages';
import type { publicBookingsZhCN } from '../../public/bookings/messages';
import type { publicChildHealthZhCN } from '../../public/child-health/messages';
import type { publicCommonZhCN } from '../../public/common/messages';
import type { publicComplaintsZhCN } from '../../public/complaints/messages';
import type { publicDrawsZhCN } from '../../public/draws/messages';
import type { publicFindZhCN } from '../../public/find/messages';
import type { publicHomeZhCN } from '../../public/home/messages';
import type { publicInspectionsZhCN } from '../../public/inspections/messages';
import type { publicNotificationsZhCN } from '../../public/notifications/messages';
import type { publicProviderZhCN } from '../../public/provider/messages';
import type { publicVerifyZhCN } from '../../public/verify/messages';
import type { EnumMessageKey } from './enums';

/**
 * The strings every page may need before anything else loads (the boot fallback, route errors, the
 * language switch). Each feature's strings are in a `messages.ts` beside its pages, registered by
 * console/messages.ts, public/messages.ts or public/supervision/messages.ts. `en.ts` carries the
 * same keys (the compiler checks it). `{name}` placeholders are filled by `t(key, { name })`.
 */
export const zhCN = {
  'app.name': '巴彦淖尔市托育服务平台',
  'app.loading': '正在加载…',
  'app.loadFailed': '页面加载失败',
  'app.loadFailedBody': '可能是网络不稳定或平台刚刚更新，请刷新页面后重试。',
  'app.reload': '刷新页面',
  'lang.switchTo': 'English',
  'lang.switchLabel': '切换语言',
  'common.retry': '重试',
  'common.none': '—',
  'common.networkError': '无法连接服务器，请检查网络后重试。',
} satisfies Record<string, string>;

/** Keys of the catalogue loaded with the first page. */
export type BaseMessageKey = keyof typeof zhCN;

/** Every key: the base catalogue plus each feature's, registered when its part of the site loads. */
export type MessageKey =
  | BaseMessageKey
  | EnumMessageKey
  | keyof typeof consoleApplicationsZhCN
  | keyof typeof consoleAttendanceZhCN
  | keyof typeof consoleAuditZhCN
  | keyof typeof consoleAuthZhCN
  | keyof typeof consoleBookingZhCN
  | keyof typeof consoleCalendarZhCN
  | keyof typeof consoleChecklistsZhCN
  | keyof typeof consoleChildHealthZhCN
  | keyof typeof consoleChildrenZhCN
  | keyof typeof consoleCommonZhCN
  | keyof typeof consoleComplaintsZhCN
  | keyof typeof consoleCreditZhCN
  | keyof typeof consoleHealthChecksZhCN
  | keyof typeof consoleIncidentsZhCN
  | keyof typeof consoleInspectionPlansZhCN
  | keyof typeof consoleInspectionsZhCN
  | keyof typeof consoleLayoutZhCN
  | keyof typeof consoleProvidersZhCN
  | keyof typeof consoleProvidersFeesZhCN
  | keyof typeof consoleProvidersFilingZhCN
  | keyof typeof consoleProvidersMyFilingZhCN
  | keyof typeof consoleProvidersRecordZhCN
  | keyof typeof consoleProvidersRegistrationZhCN
  | keyof typeof consoleReferenceZhCN
  | keyof typeof consoleReportsZhCN
  | keyof typeof consoleRiskZhCN
  | keyof typeof consoleSettingsZhCN
  | keyof typeof consoleStaffZhCN
  | keyof typeof consoleTodoZhCN
  | keyof typeof consoleUsersZhCN
  | keyof typeof publicApplicationsZhCN
  | keyof typeof publicBlacklistZhCN
  | keyof typeof publicBookingsZhCN
  | keyof typeof publicChildHealthZhCN
  | keyof typeof publicCommonZhCN
  | keyof typeof publicComplaintsZhCN
  | keyof typeof publicDrawsZhCN
  | keyof typeof publicFindZhCN
  | keyof typeof publicHomeZhCN
  | keyof typeof publicInspectionsZhCN
  | keyof typeof publicNotificationsZhCN
  | keyof typeof publicProviderZhCN
  | keyof typeof publicVerifyZhCN;
