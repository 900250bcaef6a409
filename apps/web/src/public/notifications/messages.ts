/**
 * The strings of public/notifications/. Chinese is the source; the English carries the same keys (the compiler
 * checks it). Registered by public/messages.ts.
 */
export const publicNotificationsZhCN = {
  'notices.lead': '托育机构发给您的消息，例如孩子晨午检发现的异常情况。',
  'notices.loading': '正在加载消息…',
  'notices.error': '暂时无法加载消息，请稍后再试。',
  'notices.loginFirst': '请先登录家长账号，再查看消息。',
  'notices.empty': '还没有消息。孩子在托育机构晨午检发现异常时，这里会收到通知。',
  'notices.unread': '未读',
  'notices.markRead': '标为已读',
} satisfies Record<string, string>;

export const publicNotificationsEn: Record<keyof typeof publicNotificationsZhCN, string> = {
  'notices.lead':
    'Messages from your child’s provider, such as anything found at the morning or noon health check.',
  'notices.loading': 'Loading messages…',
  'notices.error': 'Messages cannot be loaded just now. Please try again later.',
  'notices.loginFirst': 'Log in with your parent account to see your messages.',
  'notices.empty':
    'No messages yet. If a health check at the provider finds something, you will be told here.',
  'notices.unread': 'Unread',
  'notices.markRead': 'Mark as read',
};
