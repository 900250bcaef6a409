/**
 * The public supervision pages' strings (draws, inspection results, complaints, the blacklist),
 * registered when one of those pages loads, so the first page does not carry them. Import this
 * module from every such page.
 */
import { registerMessages } from '../../shared/i18n';
import { publicBlacklistEn, publicBlacklistZhCN } from '../blacklist/messages';
import { publicComplaintsEn, publicComplaintsZhCN } from '../complaints/messages';
import { publicDrawsEn, publicDrawsZhCN } from '../draws/messages';
import { publicInspectionsEn, publicInspectionsZhCN } from '../inspections/messages';
import { publicJcBulletinsEn, publicJcBulletinsZhCN } from '../jc-bulletins/messages';

registerMessages({
  'zh-CN': {
    ...publicBlacklistZhCN,
    ...publicComplaintsZhCN,
    ...publicDrawsZhCN,
    ...publicInspectionsZhCN,
    ...publicJcBulletinsZhCN,
  },
  en: {
    ...publicBlacklistEn,
    ...publicComplaintsEn,
    ...publicDrawsEn,
    ...publicInspectionsEn,
    ...publicJcBulletinsEn,
  },
});
