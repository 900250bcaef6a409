/**
 * The console's own message catalogues, registered when the console chunk loads (imported by
 * ConsoleRoot), so that the parents' site never downloads them.
 */

import { registerMessages } from '../shared/i18n';
import { consoleCalendarEn } from '../shared/i18n/console-calendar.en';
import { consoleCalendarZhCN } from '../shared/i18n/console-calendar.zh-CN';
import { consoleCareEn } from '../shared/i18n/console-care.en';
import { consoleCareZhCN } from '../shared/i18n/console-care.zh-CN';
import { consoleComplaintsEn } from '../shared/i18n/console-complaints.en';
import { consoleComplaintsZhCN } from '../shared/i18n/console-complaints.zh-CN';
import { consoleDeskEn } from '../shared/i18n/console-desk.en';
import { consoleDeskZhCN } from '../shared/i18n/console-desk.zh-CN';
import { consoleIncidentsEn } from '../shared/i18n/console-incidents.en';
import { consoleIncidentsZhCN } from '../shared/i18n/console-incidents.zh-CN';
import { consoleInspectionsEn } from '../shared/i18n/console-inspections.en';
import { consoleInspectionsZhCN } from '../shared/i18n/console-inspections.zh-CN';
import { consoleOperationsEn } from '../shared/i18n/console-operations.en';
import { consoleOperationsZhCN } from '../shared/i18n/console-operations.zh-CN';
import { consolePlansEn } from '../shared/i18n/console-plans.en';
import { consolePlansZhCN } from '../shared/i18n/console-plans.zh-CN';
import { consoleProvidersEn } from '../shared/i18n/console-providers.en';
import { consoleProvidersZhCN } from '../shared/i18n/console-providers.zh-CN';
import { consoleRecordEn } from '../shared/i18n/console-record.en';
import { consoleRecordZhCN } from '../shared/i18n/console-record.zh-CN';
import { consoleRiskEn } from '../shared/i18n/console-risk.en';
import { consoleRiskZhCN } from '../shared/i18n/console-risk.zh-CN';

registerMessages({
  'zh-CN': {
    ...consoleProvidersZhCN,
    ...consoleOperationsZhCN,
    ...consoleCareZhCN,
    ...consoleDeskZhCN,
    ...consolePlansZhCN,
    ...consoleInspectionsZhCN,
    ...consoleComplaintsZhCN,
    ...consoleIncidentsZhCN,
    ...consoleRiskZhCN,
    ...consoleRecordZhCN,
    ...consoleCalendarZhCN,
  },
  en: {
    ...consoleProvidersEn,
    ...consoleOperationsEn,
    ...consoleCareEn,
    ...consoleDeskEn,
    ...consolePlansEn,
    ...consoleInspectionsEn,
    ...consoleComplaintsEn,
    ...consoleIncidentsEn,
    ...consoleRiskEn,
    ...consoleRecordEn,
    ...consoleCalendarEn,
  },
});
