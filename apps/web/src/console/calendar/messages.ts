/**
 * The strings of console/calendar/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by console/messages.ts.
 */
export const consoleCalendarZhCN = {
  'cal.title': '节假日安排',
  'cal.lead':
    '所有期限（备案审查、投诉受理与答复、检查结果公开等）按工作日计算。法定节假日依《全国年节及纪念日放假办法》（2024 年修订）逐年自动计算；国务院办公厅每年公布的放假调休安排须在此录入，录入后未到期的期限随之重新计算。',
  'cal.yearOption': '{year} 年',
  'cal.official': '已录入国务院安排',
  'cal.officialSince': '已录入国务院安排（{at}）',
  'cal.statutoryOnly': '未录入国务院安排：仅计法定节假日，不含调休',
  'cal.statutoryHint':
    '下表为按法定节假日计算的结果。国务院办公厅公布 {year} 年安排后，请按通知补齐放假日和调休上班日并保存，或用 Excel 导入。',
  'cal.col.weekday': '星期',
  'cal.kind.holiday': '放假',
  'cal.kind.workday': '调休上班',
  'cal.add': '添加一行',
  'cal.remove': '删除',
  'cal.removeRow': '删除第 {n} 行',
  'cal.dateLabel': '第 {n} 行日期',
  'cal.kindLabel': '第 {n} 行类型',
  'cal.nameLabel': '第 {n} 行名称',
  'cal.datePlaceholder': 'YYYY-MM-DD',
  'cal.dateInvalid': '请填写 {year} 年内的日期，格式 YYYY-MM-DD',
  'cal.nameRequired': '请填写名称',
  'cal.empty': '本年没有落在工作日的节假日，也没有调休上班日。',
  'cal.save': '保存为 {year} 年官方安排',
  'cal.saved': '已保存 {year} 年节假日安排，未到期的期限已重新计算',
  'cal.saveNote': '保存即替换该年全部安排；周末的放假日无需填写（填写也不影响计算）。',
  'cal.import': 'Excel 导入本年安排',
  'cal.months': '月历',
  'cal.month': '{month} 月',
  'cal.legend.weekend': '周末',
  'cal.weekdays': '日,一,二,三,四,五,六',
  'cal.warning': '{year} 年节假日安排尚未录入',
  'cal.warningBody':
    '国务院办公厅公布 {year} 年部分节假日安排后，请及时录入；未录入前，{year} 年的期限只按法定节假日计算，不含调休。',
  'cal.warningAction': '去录入',
} satisfies Record<string, string>;

export const consoleCalendarEn: Record<keyof typeof consoleCalendarZhCN, string> = {
  'cal.title': 'Holiday schedule',
  'cal.lead':
    'Every deadline (filing review, complaint acknowledgement and answer, publication of results…) counts working days. Statutory holidays are computed for every year from the National Holidays Regulation (2024 revision); the State Council’s yearly schedule of extra days off and make-up workdays is entered here, and open deadlines are recomputed when it is saved.',
  'cal.yearOption': '{year}',
  'cal.official': 'State Council schedule entered',
  'cal.officialSince': 'State Council schedule entered ({at})',
  'cal.statutoryOnly': 'No State Council schedule yet: statutory holidays only, no make-up days',
  'cal.statutoryHint':
    'The table shows the statutory holidays. Once the State Council publishes the {year} schedule, add its days off and make-up workdays and save, or import them from Excel.',
  'cal.col.weekday': 'Day',
  'cal.kind.holiday': 'Day off',
  'cal.kind.workday': 'Make-up workday',
  'cal.add': 'Add a row',
  'cal.remove': 'Remove',
  'cal.removeRow': 'Remove row {n}',
  'cal.dateLabel': 'Row {n} date',
  'cal.kindLabel': 'Row {n} kind',
  'cal.nameLabel': 'Row {n} name',
  'cal.datePlaceholder': 'YYYY-MM-DD',
  'cal.dateInvalid': 'A date in {year}, written YYYY-MM-DD',
  'cal.nameRequired': 'Enter a name',
  'cal.empty': 'No holiday on a weekday and no make-up workday this year.',
  'cal.save': 'Save as the official {year} schedule',
  'cal.saved': 'Saved the {year} schedule; open deadlines were recomputed',
  'cal.saveNote':
    'Saving replaces the whole year; days off on a weekend need not be listed (they change nothing).',
  'cal.import': 'Import the year from Excel',
  'cal.months': 'Months',
  'cal.month': 'Month {month}',
  'cal.legend.weekend': 'Weekend',
  'cal.weekdays': 'Su,Mo,Tu,We,Th,Fr,Sa',
  'cal.warning': 'The {year} holiday schedule is not entered yet',
  'cal.warningBody':
    'Enter the State Council’s {year} schedule once it is published; until then, {year} deadlines count statutory holidays only, without make-up days.',
  'cal.warningAction': 'Enter it',
};
