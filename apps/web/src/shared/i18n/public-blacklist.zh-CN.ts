/** Public strings of the blacklist page. */
export const publicBlacklistZhCN = {
  'pb.title': '黑名单公示',
  'pb.lead':
    '因严重违法违规被列入黑名单的托育机构，以及被依法禁止从事托育工作的人员。人员信息依法仅公示姓名和脱敏身份证号。',
  'pb.tab.providers': '托育机构',
  'pb.tab.persons': '从业禁止人员',
  'pb.loading': '正在加载黑名单…',
  'pb.loadError': '黑名单暂时无法加载',
  'pb.emptyProviders': '目前没有列入黑名单的托育机构',
  'pb.emptyPersons': '目前没有公示的从业禁止人员',
  'pb.creditCode': '统一社会信用代码',
  'pb.decision': '处理决定',
  'pb.legalBasis': '法律依据',
  'pb.decided': '决定日期及单位',
  'pb.decidedOn': '决定日期',
  'pb.personsNote': '以下人员依法被禁止从事托育服务工作，托育机构聘用前须核查。',
  'pb.banner.title': '该机构已被列入黑名单',
  'pb.banner.decided': '{date}，{unit}作出决定',
  'pb.banner.more': '查看全部黑名单',
};
