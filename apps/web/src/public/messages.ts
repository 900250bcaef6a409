/**
 * The parents' site's strings for the pages that share its first download (the home page, find
 * care, a provider's page, the receipt check, my bookings, applications and messages), each
 * catalogue beside its pages. Imported by PublicLayout.
 */
import { registerMessages } from '../shared/i18n';
import { publicApplicationsEn, publicApplicationsZhCN } from './applications/messages';
import { publicBookingsEn, publicBookingsZhCN } from './bookings/messages';
import { publicChildHealthEn, publicChildHealthZhCN } from './child-health/messages';
import { publicCommonEn, publicCommonZhCN } from './common/messages';
import { publicFindEn, publicFindZhCN } from './find/messages';
import { publicHomeEn, publicHomeZhCN } from './home/messages';
import { publicNotificationsEn, publicNotificationsZhCN } from './notifications/messages';
import { publicProviderEn, publicProviderZhCN } from './provider/messages';
import { publicVerifyEn, publicVerifyZhCN } from './verify/messages';

registerMessages({
  'zh-CN': {
    ...publicApplicationsZhCN,
    ...publicBookingsZhCN,
    ...publicChildHealthZhCN,
    ...publicCommonZhCN,
    ...publicFindZhCN,
    ...publicHomeZhCN,
    ...publicNotificationsZhCN,
    ...publicProviderZhCN,
    ...publicVerifyZhCN,
  },
  en: {
    ...publicApplicationsEn,
    ...publicBookingsEn,
    ...publicChildHealthEn,
    ...publicCommonEn,
    ...publicFindEn,
    ...publicHomeEn,
    ...publicNotificationsEn,
    ...publicProviderEn,
    ...publicVerifyEn,
  },
});
