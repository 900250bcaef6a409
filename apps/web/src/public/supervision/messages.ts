/**
 * The public supervision pages' catalogues (draws, inspection results, complaints, the blacklist),
 * registered when one of those pages loads, so the first page does not carry them. Import this
 * module from every such page.
 */
import { registerMessages } from '../../shared/i18n';
import { publicBlacklistEn } from '../../shared/i18n/public-blacklist.en';
import { publicBlacklistZhCN } from '../../shared/i18n/public-blacklist.zh-CN';
import { publicComplaintsEn } from '../../shared/i18n/public-complaints.en';
import { publicComplaintsZhCN } from '../../shared/i18n/public-complaints.zh-CN';
import { publicDrawsEn } from '../../shared/i18n/public-draws.en';
import { publicDrawsZhCN } from '../../shared/i18n/public-draws.zh-CN';
import { publicInspectionsEn } from '../../shared/i18n/public-inspections.en';
import { publicInspectionsZhCN } from '../../shared/i18n/public-inspections.zh-CN';

registerMessages({
  'zh-CN': { ...publicDrawsZhCN, ...publicInspectionsZhCN, ...publicComplaintsZhCN, ...publicBlacklistZhCN },
  en: { ...publicDrawsEn, ...publicInspectionsEn, ...publicComplaintsEn, ...publicBlacklistEn },
});
