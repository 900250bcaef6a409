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
import type { consoleJcZhCN } from '../../console/jc/messages';
import type { consoleJcAssessmentZhCN } from '../../console/jc-assessment/messages';
import type { consoleJcBulletinsZhCN } from '../../console/jc-bulletins/messages';
import type { consoleJcPlanZhCN } from '../../console/jc-plan/messages';
import type { consoleJcRegistersZhCN } from '../../console/jc-registers/messages';
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
import type { publicJcBulletinsZhCN } from '../../public/jc-bulletins/messages';
import type { publicNotificationsZhCN } from '../../public/notifications/messages';
import type { publicProviderZhCN } from '../../public/provider/messages';
import type { publicVerifyZhCN } from '../../public/verify/messages';
import type { EnumMessageKey } from './enums';

/**
 * The strings every page may need before anything else loads (the boot fallback, route errors, the
 * language switch), and the `common.*` strings both the console and the parents' site show (a
 * string only one of them uses belongs in console/common or public/common, so the first page
 * carries no console strings). Each feature's strings are in a `messages.ts` beside its pages,
 * registered by console/messages.ts, public/messages.ts or public/supervision/messages.ts. `en.ts`
 * carries the same keys (the compiler checks it). `{name}` placeholders are filled by
 * `t(key, { name })`.
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
  'common.dateOfBirth': '出生日期',
  'common.no': '否',
  'common.logIn': '登录',
  'common.staffLogin': '工作人员登录',
  'common.any': '不限',
  'common.cancel': '取消',
  'common.trackingCode': '查询码',
  'common.providerComplainedOf': '被投诉机构',
  'common.complaintCounty': '区县',
  'common.whatHappened': '具体情况',
  'common.choose': '请选择',
  'common.finding': '核查结果',
  'common.answer': '答复内容',
  'common.decision': '处理决定',
  'common.legalBasis': '法律依据',
  'common.decidedOn': '决定日期',
  'common.previous': '上一页',
  'common.next': '下一页',
  'common.stratumHigh': '高风险层',
  'common.stratumNormal': '一般层',
  'common.stratumLow': '低风险层',
  'common.drawnNotYetPublic': '已抽取，待公开',
  'common.everyResultRecorded': '全部检查结果已录入',
  'common.dueDatePassed': '已过完成期限',
  'common.revealedEarly': '监管部门提前公开',
  'common.publicFromPublication': '发布时即公开（旧规则）',
  'common.drawSelection': '抽取结果（{n} 家）',
  'common.noProviderDrawn': '没有抽中机构',
  'common.shortTeam': '可用检查人员不足，按规则少于每组人数',
  'common.drawConflicts': '回避关系（{n} 条）',
  'common.noneWord': '无',
  'common.providerName': '机构名称',
  'common.openingHours': '服务时间',
  'common.providerNameLabel': '机构名称',
  'common.seat': '政府驻地',
  'common.townships': '苏木乡镇(街道)',
  'common.month': '月份',
  'common.demoData': '演示数据',
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
  | keyof typeof consoleJcPlanZhCN
  | keyof typeof consoleJcAssessmentZhCN
  | keyof typeof consoleJcZhCN
  | keyof typeof consoleChildrenZhCN
  | keyof typeof consoleCommonZhCN
  | keyof typeof consoleComplaintsZhCN
  | keyof typeof consoleCreditZhCN
  | keyof typeof consoleHealthChecksZhCN
  | keyof typeof consoleIncidentsZhCN
  | keyof typeof consoleInspectionPlansZhCN
  | keyof typeof consoleInspectionsZhCN
  | keyof typeof consoleJcBulletinsZhCN
  | keyof typeof consoleJcRegistersZhCN
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
  | keyof typeof publicJcBulletinsZhCN
  | keyof typeof publicNotificationsZhCN
  | keyof typeof publicProviderZhCN
  | keyof typeof publicVerifyZhCN;
