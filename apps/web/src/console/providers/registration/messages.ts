/**
 * The strings of console/providers/registration/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by console/messages.ts.
 */
export const consoleProvidersRegistrationZhCN = {
  'prov.field.county': '所在旗县区',
  'prov.reg.title': '登记推送',
  'prov.reg.create': '新增登记',
  'prov.reg.createTitle': '新增登记并推送卫生健康部门',
  'prov.reg.submit': '登记并推送',
  'prov.reg.scope':
    '{unit}登记的托育机构。登记后自动推送至所在旗县区卫生健康委，显示为“已登记、未备案”，由机构登录平台办理备案。',
  'prov.reg.empty': '本单位尚未推送登记信息。点击“新增登记”录入已登记的托育机构。',
  'prov.reg.nameRuleTitle': '机构名称规则',
  'prov.reg.nameRule':
    '按巴政办发〔2021〕20号 (四)1，名称须包含“托育”字样，并注明服务形式（全日托、半日托、计时托或临时托），例如“临河区小星星全日托托育中心有限公司”。家庭托育点名称须含“托育”；幼儿园托班沿用幼儿园名称。',
  'prov.reg.namePlaceholder': '与营业执照或登记证书上的名称一致',
  'prov.reg.creditCodeHint': '18 位，首位表示登记管理部门：1 编办、5 民政、9 市场监管',
  'prov.reg.creditCodeInvalid': '统一社会信用代码无效（GB 32100-2015 字符集或校验码不符）',
  'prov.reg.creditCodeMismatch': '该信用代码对应的法人类型为“{form}”，与所选不符',
  'prov.reg.townshipPlaceholder': '可选',
  'prov.reg.serviceFormsHint': '与名称中注明的服务形式一致',
  'prov.reg.phoneInvalid': '请输入 7–20 位数字的电话号码（可含“-”）',
  'prov.reg.done': '已登记并推送：{name}',
  'prov.reg.import': 'Excel 批量导入',
} satisfies Record<string, string>;

export const consoleProvidersRegistrationEn: Record<keyof typeof consoleProvidersRegistrationZhCN, string> = {
  'prov.field.county': 'County',
  'prov.reg.title': 'Registrations',
  'prov.reg.create': 'New registration',
  'prov.reg.createTitle': 'Register and push to the health commission',
  'prov.reg.submit': 'Register and push',
  'prov.reg.scope':
    'Childcare providers registered by {unit}. Each registration is pushed to its county health commission as "registered, not yet filed"; the provider then files on the platform.',
  'prov.reg.empty':
    'Your unit has pushed no registrations yet. Use "New registration" to enter a registered provider.',
  'prov.reg.nameRuleTitle': 'Name rule',
  'prov.reg.nameRule':
    'Under Bayannur plan 巴政办发〔2021〕20号 (四)1 the name must contain 托育 and state the service form (全日托, 半日托, 计时托 or 临时托), e.g. 临河区小星星全日托托育中心有限公司. Family care point names must contain 托育; kindergarten classes keep the kindergarten’s name.',
  'prov.reg.namePlaceholder': 'As on the business licence or registration certificate',
  'prov.reg.creditCodeHint':
    '18 characters; the first names the registering authority: 1 编办, 5 民政, 9 市场监管',
  'prov.reg.creditCodeInvalid':
    'Invalid unified social credit code (GB 32100-2015 characters or check character)',
  'prov.reg.creditCodeMismatch': 'This credit code belongs to a "{form}", not the legal form selected',
  'prov.reg.townshipPlaceholder': 'Optional',
  'prov.reg.serviceFormsHint': 'The same forms as stated in the name',
  'prov.reg.phoneInvalid': 'Enter 7–20 digits (hyphens allowed)',
  'prov.reg.done': 'Registered and pushed: {name}',
  'prov.reg.import': 'Import from Excel',
};
