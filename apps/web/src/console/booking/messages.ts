/**
 * The strings of console/booking/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by console/messages.ts.
 */
export const consoleBookingZhCN = {
  'desk.nav.slots': '计时托时段',
  'desk.slots.hint': '未来 30 天发布的计时托/临时托时段；有人预约的时段不能撤下。',
  'desk.slots.publish': '发布时段',
  'desk.slots.empty': '未来 30 天没有发布时段',
  'desk.slots.start': '开始时间',
  'desk.slots.end': '结束时间',
  'desk.slots.places': '名额',
  'desk.slots.booked': '已预约',
  'desk.slots.remaining': '剩余',
  'desk.slots.classTypeHint': '不选则不限班型',
  'desk.slots.withdraw': '撤下',
  'desk.slots.withdrawTitle': '撤下 {date} {start}–{end} 的时段？',
  'desk.slots.withdrawBody': '撤下后家长将看不到这个时段。',
  'desk.slots.withdrawn': '时段已撤下',
  'desk.slots.hasBookings': '已有预约，不能撤下',
  'desk.slots.published': '已发布 {date} {start}–{end} 的时段',
  'desk.slots.total': '{n} 个时段',
  'desk.slots.placesValue': '已约 {booked}/{places}，余 {remaining}',
  'desk.slots.full': '已约满',
} satisfies Record<string, string>;

export const consoleBookingEn: Record<keyof typeof consoleBookingZhCN, string> = {
  'desk.nav.slots': 'Hourly care slots',
  'desk.slots.hint':
    'Hourly and temporary care slots for the next 30 days; a booked slot cannot be withdrawn.',
  'desk.slots.publish': 'Publish slot',
  'desk.slots.empty': 'No slots in the next 30 days',
  'desk.slots.start': 'Start',
  'desk.slots.end': 'End',
  'desk.slots.places': 'Places',
  'desk.slots.booked': 'Booked',
  'desk.slots.remaining': 'Remaining',
  'desk.slots.classTypeHint': 'Leave empty for any class type',
  'desk.slots.withdraw': 'Withdraw',
  'desk.slots.withdrawTitle': 'Withdraw the slot on {date} {start}–{end}?',
  'desk.slots.withdrawBody': 'Parents will no longer see this slot.',
  'desk.slots.withdrawn': 'Slot withdrawn',
  'desk.slots.hasBookings': 'Booked; cannot be withdrawn',
  'desk.slots.published': 'Published the slot on {date} {start}–{end}',
  'desk.slots.total': 'Slots: {n}',
  'desk.slots.placesValue': '{booked}/{places} booked, {remaining} left',
  'desk.slots.full': 'Full',
};
