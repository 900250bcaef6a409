/**
 * The strings of console/applications/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by console/messages.ts.
 */
export const consoleApplicationsZhCN = {
  'desk.nav.applications': '入托申请',
  'desk.apps.hint': '按班型排队：候补位次由申请先后决定。录取后幼儿进入所选班级。',
  'desk.apps.empty': '没有此状态的申请',
  'desk.apps.allTypes': '全部班型',
  'desk.apps.position': '位次',
  'desk.apps.positionValue': '第 {n} 位',
  'desk.apps.childName': '幼儿',
  'desk.apps.desiredStart': '期望入托',
  'desk.apps.note': '备注',
  'desk.apps.createdAt': '申请时间',
  'desk.apps.decidedAt': '处理时间',
  'desk.apps.declineReason': '婉拒原因',
  'desk.apps.accept': '录取',
  'desk.apps.decline': '婉拒',
  'desk.apps.acceptTitle': '录取 {name}',
  'desk.apps.declineTitle': '婉拒 {name} 的申请',
  'desk.apps.accepted': '{name} 已录取入托',
  'desk.apps.declined': '已婉拒 {name} 的申请',
  'desk.apps.classHint': '只列出适合 {type} 的班级；是否符合由系统按月龄判定。',
  'desk.apps.noClass': '没有适合的班级，请先在「班级与幼儿」中设置班级',
  'desk.apps.reasonPlaceholder': '家长会看到这段说明',
  'desk.apps.waitingCount': '候补 {n} 人',
} satisfies Record<string, string>;

export const consoleApplicationsEn: Record<keyof typeof consoleApplicationsZhCN, string> = {
  'desk.nav.applications': 'Applications',
  'desk.apps.hint':
    'One waitlist per class type, in order of application. An accepted child joins the chosen class.',
  'desk.apps.empty': 'No applications with this status',
  'desk.apps.allTypes': 'All class types',
  'desk.apps.position': 'Position',
  'desk.apps.positionValue': 'No. {n}',
  'desk.apps.childName': 'Child',
  'desk.apps.desiredStart': 'Desired start',
  'desk.apps.note': 'Note',
  'desk.apps.createdAt': 'Applied',
  'desk.apps.decidedAt': 'Decided',
  'desk.apps.declineReason': 'Reason',
  'desk.apps.accept': 'Accept',
  'desk.apps.decline': 'Decline',
  'desk.apps.acceptTitle': 'Accept {name}',
  'desk.apps.declineTitle': 'Decline the application for {name}',
  'desk.apps.accepted': '{name} accepted',
  'desk.apps.declined': 'Declined the application for {name}',
  'desk.apps.classHint': 'Only classes suited to {type} are listed; the system checks the age.',
  'desk.apps.noClass': 'No suitable class; set up classes under Classes and children first',
  'desk.apps.reasonPlaceholder': 'The parent will see this',
  'desk.apps.waitingCount': '{n} waiting',
};
