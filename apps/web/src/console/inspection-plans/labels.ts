import type { MessageKey } from '../../shared/i18n';

export const STRATUM_KEYS: Record<string, MessageKey> = {
  high: 'common.stratumHigh',
  normal: 'common.stratumNormal',
  low: 'common.stratumLow',
};
