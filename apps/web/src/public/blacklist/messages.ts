/**
 * The strings of public/blacklist/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by public/supervision/messages.ts.
 */
export const publicBlacklistZhCN = {
  'pb.lead':
    '因严重违法违规被列入黑名单的托育机构，以及被依法禁止从事托育工作的人员。人员信息依法仅公示姓名和脱敏身份证号。',
  'pb.tab.providers': '托育机构',
  'pb.tab.persons': '从业禁止人员',
  'pb.loading': '正在加载黑名单…',
  'pb.loadError': '黑名单暂时无法加载',
  'pb.emptyProviders': '目前没有列入黑名单的托育机构',
  'pb.emptyPersons': '目前没有公示的从业禁止人员',
  'pb.creditCode': '统一社会信用代码',
  'pb.decided': '决定日期及单位',
  'pb.personsNote': '以下人员依法被禁止从事托育服务工作，托育机构聘用前须核查。',
  'pb.banner.title': '该机构已被列入黑名单',
  'pb.banner.decided': '{date}，{unit}作出决定',
  'pb.banner.more': '查看全部黑名单',
} satisfies Record<string, string>;

export const publicBlacklistEn: Record<keyof typeof publicBlacklistZhCN, string> = {
  'pb.lead':
    'Childcare providers blacklisted for serious violations, and people banned by law from childcare work. For people, only the name and a masked ID number are published, as the law allows.',
  'pb.tab.providers': 'Providers',
  'pb.tab.persons': 'Banned people',
  'pb.loading': 'Loading the blacklist…',
  'pb.loadError': 'The blacklist cannot be loaded right now',
  'pb.emptyProviders': 'No provider is blacklisted at the moment',
  'pb.emptyPersons': 'No banned person is published at the moment',
  'pb.creditCode': 'Credit code',
  'pb.decided': 'Decided on, by',
  'pb.personsNote': 'These people are banned by law from childcare work; providers must check before hiring.',
  'pb.banner.title': 'This provider is on the blacklist',
  'pb.banner.decided': 'Decided on {date} by {unit}',
  'pb.banner.more': 'See the whole blacklist',
};
