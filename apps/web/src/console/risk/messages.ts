/**
 * The strings of console/risk/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by console/messages.ts.
 */
export const consoleRiskZhCN = {
  'risk.nav.risk': '风险监测',
  'risk.lead':
    '按近 12 个月的检查发现、投诉、事故和近 90 天师幼比不达标情况，为每家机构评定风险等级；下一次“双随机”抽查计划按等级分层抽取，高风险机构抽查比例更高。',
  'risk.providers': '家',
  'risk.allCounties': '全部旗县区',
  'risk.listTitle': '机构风险清单（统计自 {since}）',
  'risk.col.area': '所在地',
  'risk.col.tier': '风险等级',
  'risk.col.score': '风险分',
  'risk.col.reasons': '风险因素',
  'risk.col.lastInspected': '最近检查',
  'risk.never': '从未检查',
  'risk.noReasons': '近 12 个月无不良记录。',
  'risk.publicPage': '查看公开信息页',
  'risk.record': '查看监管档案',
  'risk.map.aria': '机构风险分布示意图',
  'risk.map.caption': '示意图，非标准地图；位置为机构备案坐标。点击机构查看风险因素。',
} satisfies Record<string, string>;

export const consoleRiskEn: Record<keyof typeof consoleRiskZhCN, string> = {
  'risk.nav.risk': 'Risk view',
  'risk.lead':
    'Each provider’s risk tier from the last 12 months’ inspection findings, complaints and incidents and the last 90 days’ ratio breaches. The next random inspection plan draws by tier, with a higher share of high-risk providers.',
  'risk.providers': '',
  'risk.allCounties': 'All counties',
  'risk.listTitle': 'Providers by risk (since {since})',
  'risk.col.area': 'Area',
  'risk.col.tier': 'Tier',
  'risk.col.score': 'Score',
  'risk.col.reasons': 'Reasons',
  'risk.col.lastInspected': 'Last inspected',
  'risk.never': 'Never',
  'risk.noReasons': 'Nothing recorded against it in the last 12 months.',
  'risk.publicPage': 'Open the public page',
  'risk.record': 'Open its supervision record',
  'risk.map.aria': 'Schematic map of providers by risk',
  'risk.map.caption':
    'Schematic, not a standard map; positions are the filed coordinates. Click a provider for its reasons.',
};
