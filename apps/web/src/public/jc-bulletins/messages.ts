/**
 * The strings of public/jc-bulletins/. Chinese is the source; the English carries the same keys (the
 * compiler checks it). Registered by public/supervision/messages.ts.
 */
export const publicJcBulletinsZhCN = {
  'pjb.lead': '巴彦淖尔市托育服务联席会议办公室定期通报各成员单位推进托育服务工作的进展，以下为公开摘要。',
  'pjb.loading': '正在加载…',
  'pjb.loadError': '通报暂时无法加载',
  'pjb.empty': '暂无公开的工作通报',
  'pjb.more': '加载更多',
} satisfies Record<string, string>;

export const publicJcBulletinsEn: Record<keyof typeof publicJcBulletinsZhCN, string> = {
  'pjb.lead':
    'The office of the Bayannur childcare services joint conference reports regularly on the member units’ progress. Public summaries below.',
  'pjb.loading': 'Loading…',
  'pjb.loadError': 'The bulletins could not be loaded',
  'pjb.empty': 'No public bulletins yet',
  'pjb.more': 'Load more',
};
