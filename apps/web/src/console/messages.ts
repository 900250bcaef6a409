/**
 * The console's own message catalogues, registered when the console chunk loads (imported by
 * ConsoleRoot), so that the parents' site never downloads them.
 */

import { registerMessages } from '../shared/i18n';
import { consoleCareEn } from '../shared/i18n/console-care.en';
import { consoleCareZhCN } from '../shared/i18n/console-care.zh-CN';
import { consoleDeskEn } from '../shared/i18n/console-desk.en';
import { consoleDeskZhCN } from '../shared/i18n/console-desk.zh-CN';
import { consoleOperationsEn } from '../shared/i18n/console-operations.en';
import { consoleOperationsZhCN } from '../shared/i18n/console-operations.zh-CN';
import { consoleProvidersEn } from '../shared/i18n/console-providers.en';
import { consoleProvidersZhCN } from '../shared/i18n/console-providers.zh-CN';

registerMessages({
  'zh-CN': { ...consoleProvidersZhCN, ...consoleOperationsZhCN, ...consoleCareZhCN, ...consoleDeskZhCN },
  en: { ...consoleProvidersEn, ...consoleOperationsEn, ...consoleCareEn, ...consoleDeskEn },
});
