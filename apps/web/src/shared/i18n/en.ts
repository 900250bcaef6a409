import type { BaseMessageKey } from './zh-CN';

/** The English base catalogue; `Record<BaseMessageKey, string>` makes a missing key a compile error. */
export const en: Record<BaseMessageKey, string> = {
  'app.name': 'Bayannur Childcare Services Platform',
  'app.loading': 'Loading…',
  'app.loadFailed': 'The page could not be loaded',
  'app.loadFailedBody':
    'The network may be unstable or the platform was just updated. Please reload the page.',
  'app.reload': 'Reload page',
  'lang.switchTo': '中文',
  'lang.switchLabel': 'Switch language',
  'common.retry': 'Retry',
  'common.none': '—',
  'common.networkError': 'Cannot reach the server. Check the network and try again.',
};
