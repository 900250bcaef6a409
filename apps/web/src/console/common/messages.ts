/**
 * The strings shared across the console (its shell, common widgets, strings several pages use). Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by console/messages.ts.
 */
export const consoleCommonZhCN = {
  'ops.field.residentId': '身份证号',
  'ops.field.residentIdInvalid': '身份证号格式或校验位不正确',
  'record.filter.provider': '机构：{name}',
  'record.filter.clear': '查看全部机构',
  'common.save': '保存',
  'common.cancel': '取消',
  'common.search': '查询',
  'common.reset': '重置',
  'common.actions': '操作',
  'common.exportExcel': '导出 Excel',
  'common.total': '共 {total} 条',
  'common.loadError': '加载失败',
  'common.required': '请填写{label}',
  'common.requiredSelect': '请选择{label}',
  'common.all': '全部',
  'password.tooShort': '密码至少需要 10 个字符',
  'password.containsUsername': '密码不能包含用户名',
  'import.template': '下载导入模板',
  'import.done': '已导入 {n} 条',
  'import.failed': '文件未导入：请按以下问题修改后重新上传（有一行出错则整个文件不导入）',
  'import.rowError': '第 {row} 行：{message}',
  'reference.statisticalOnly': '统计单位',
} satisfies Record<string, string>;

export const consoleCommonEn: Record<keyof typeof consoleCommonZhCN, string> = {
  'ops.field.residentId': 'ID number',
  'ops.field.residentIdInvalid': 'The ID number is malformed or its check digit is wrong',
  'record.filter.provider': 'Provider: {name}',
  'record.filter.clear': 'Show every provider',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.search': 'Search',
  'common.reset': 'Reset',
  'common.actions': 'Actions',
  'common.exportExcel': 'Export Excel',
  'common.total': '{total} in total',
  'common.loadError': 'Could not load',
  'common.required': 'Please enter {label}',
  'common.requiredSelect': 'Please select {label}',
  'common.all': 'All',
  'password.tooShort': 'The password needs at least 10 characters',
  'password.containsUsername': 'The password must not contain the username',
  'import.template': 'Download the template',
  'import.done': 'Imported {n} rows',
  'import.failed':
    'Nothing was imported: correct these rows and upload again (one wrong row stops the whole file)',
  'import.rowError': 'Row {row}: {message}',
  'reference.statisticalOnly': 'Statistical unit',
};
