/**
 * The strings of public/inspections/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by public/supervision/messages.ts.
 */
export const publicInspectionsZhCN = {
  'pi.title': '监督检查结果',
  'pi.lead': '卫生健康等部门的监督检查结果依法公示；发现的问题及整改情况一并公开。',
  'pi.loading': '正在加载检查结果…',
  'pi.error': '检查结果暂时无法加载，请稍后再试。',
  'pi.empty': '暂无公示的监督检查结果。',
  'pi.kind.random': '双随机抽查',
  'pi.kind.complaint': '投诉核查',
  'pi.kind.campaign': '专项检查',
  'pi.kind.follow_up': '复查',
  'pi.units': '检查单位：{units}',
  'pi.findingsSummary': '发现问题 {n} 项，已整改 {fixed} 项',
  'pi.allFixed': '全部整改完毕',
  'pi.status.open': '整改中',
  'pi.status.overdue': '逾期未整改',
  'pi.status.rectified': '已提交整改，待复核',
  'pi.status.verified': '已整改',
  'pi.deadline': '整改期限 {date}',
  'pi.rectifiedAt': '整改于 {date}',
  'pi.verifiedAt': '复核通过 {date}',
} satisfies Record<string, string>;

export const publicInspectionsEn: Record<keyof typeof publicInspectionsZhCN, string> = {
  'pi.title': 'Inspection results',
  'pi.lead':
    'Results of inspections by the health commission and other authorities are public, with the problems found and how they were fixed.',
  'pi.loading': 'Loading inspection results…',
  'pi.error': 'Inspection results cannot be loaded right now. Please try again later.',
  'pi.empty': 'No published inspection results yet.',
  'pi.kind.random': 'Random inspection',
  'pi.kind.complaint': 'Complaint check',
  'pi.kind.campaign': 'Campaign',
  'pi.kind.follow_up': 'Follow-up',
  'pi.units': 'Inspected by {units}',
  'pi.findingsSummary': '{n} problems found, {fixed} fixed',
  'pi.allFixed': 'all fixed',
  'pi.status.open': 'Being fixed',
  'pi.status.overdue': 'Overdue, not fixed',
  'pi.status.rectified': 'Fix reported, awaiting verification',
  'pi.status.verified': 'Fixed',
  'pi.deadline': 'due {date}',
  'pi.rectifiedAt': 'reported {date}',
  'pi.verifiedAt': 'verified {date}',
};
