/**
 * The strings of public/verify/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by public/messages.ts.
 */
export const publicVerifyZhCN = {
  'find.verify.title': '备案核验',
  'find.verify.lead': '扫描备案回执上的二维码，或者输入回执上的备案号，就能查到这家托育机构的备案是否有效。',
  'find.verify.label': '备案号',
  'find.verify.placeholder': '回执上的备案号',
  'find.verify.formatHint': '备案号的格式：6位数字-年份-序号，例如 150802-2026-0001。',
  'find.verify.submit': '核验',
  'find.verify.loading': '正在核验…',
  'find.verify.error': '暂时无法核验，请稍后再试。',
  'find.verify.valid': '有效',
  'find.verify.invalid': '无效',
  'find.verify.validBody': '这是平台上登记的有效备案。',
  'find.verify.notFoundBody': '平台上没有这个备案号。请核对号码；如果怀疑回执不真实，请拨打 12345 反映。',
  'find.verify.notCurrentBody': '这个备案现在不是有效状态。',
  'find.verify.badFormatBody': '这不是正确的备案号格式，请核对回执上的号码。',
  'find.verify.filedAt': '备案日期',
  'find.verify.status': '备案状态',
  'find.verify.another': '核验其他备案号',
  'find.verify.findProvider': '查看这家机构的公示信息',
  'find.filingStatus.draft': '未提交',
  'find.filingStatus.submitted': '审核中',
  'find.filingStatus.returned': '退回修改',
  'find.filingStatus.change_submitted': '已备案（变更审核中）',
  'find.filingStatus.suspended': '已暂停',
  'find.filingStatus.deregistered': '已注销',
} satisfies Record<string, string>;

export const publicVerifyEn: Record<keyof typeof publicVerifyZhCN, string> = {
  'find.verify.title': 'Check a filing',
  'find.verify.lead':
    'Scan the QR code on a filing receipt, or type the filing number printed on it, to see whether the provider’s filing is valid.',
  'find.verify.label': 'Filing number',
  'find.verify.placeholder': 'Number on the receipt',
  'find.verify.formatHint':
    'A filing number looks like 150802-2026-0001: 6 digits, the year, a sequence number.',
  'find.verify.submit': 'Check',
  'find.verify.loading': 'Checking…',
  'find.verify.error': 'The check is not available right now. Please try again later.',
  'find.verify.valid': 'Valid',
  'find.verify.invalid': 'Not valid',
  'find.verify.validBody': 'This is a valid filing on the platform.',
  'find.verify.notFoundBody':
    'There is no such filing number on the platform. Check the number; if you doubt the receipt is genuine, call 12345.',
  'find.verify.notCurrentBody': 'This filing is not valid at present.',
  'find.verify.badFormatBody': 'This is not a filing number. Please check the number on the receipt.',
  'find.verify.filedAt': 'Registered on',
  'find.verify.status': 'Status',
  'find.verify.another': 'Check another number',
  'find.verify.findProvider': 'See what this provider publishes',
  'find.filingStatus.draft': 'Not submitted',
  'find.filingStatus.submitted': 'Under review',
  'find.filingStatus.returned': 'Returned for changes',
  'find.filingStatus.change_submitted': 'Registered (change under review)',
  'find.filingStatus.suspended': 'Suspended',
  'find.filingStatus.deregistered': 'Deregistered',
};
