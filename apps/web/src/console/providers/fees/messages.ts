/**
 * The strings of console/providers/fees/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by console/messages.ts.
 */
export const consoleProvidersFeesZhCN = {
  'prov.fee.title': '普惠收费指导上限',
  'prov.fee.lead':
    '按班型和服务形式设置普惠性托育机构的月收费上限（元/月），留空表示不设上限。保存后替换全部设置，之后提交的备案和变更按新上限检查。',
  'prov.fee.leadReadOnly': '全市普惠性托育机构月收费指导上限，由市卫生健康委设置。',
  'prov.fee.source': '依据：巴政办发〔2021〕20号 (四)3，非营利性、普惠性托育服务实行政府指导价。',
  'prov.fee.cellLabel': '{classType}{serviceForm}月收费上限',
  'prov.fee.perMonth': '/月',
  'prov.fee.none': '不设上限',
  'prov.fee.empty': '尚未设置任何上限，填写后点击“保存”。',
  'prov.fee.emptyReadOnly': '市卫生健康委尚未设置收费上限。',
  'prov.fee.saveNote': '保存将替换全部上限设置',
  'prov.fee.saved': '已保存 {count} 项收费上限',
} satisfies Record<string, string>;

export const consoleProvidersFeesEn: Record<keyof typeof consoleProvidersFeesZhCN, string> = {
  'prov.fee.title': 'Inclusive fee ceilings',
  'prov.fee.lead':
    'Monthly fee ceilings (yuan/month) for inclusive providers by class type and service form; leave a cell empty for no ceiling. Saving replaces every ceiling; filings and changes submitted afterwards are checked against them.',
  'prov.fee.leadReadOnly':
    'The city’s guided monthly fee ceilings for inclusive providers, set by the city health commission.',
  'prov.fee.source':
    'Basis: Bayannur plan 巴政办发〔2021〕20号 (四)3 — guided prices for non-profit, inclusive care.',
  'prov.fee.cellLabel': 'Monthly ceiling, {classType}, {serviceForm}',
  'prov.fee.perMonth': '/month',
  'prov.fee.none': 'No ceiling',
  'prov.fee.empty': 'No ceilings are set. Fill in the amounts and save.',
  'prov.fee.emptyReadOnly': 'The city health commission has set no ceilings yet.',
  'prov.fee.saveNote': 'Saving replaces every ceiling',
  'prov.fee.saved': '{count} fee ceilings saved',
};
