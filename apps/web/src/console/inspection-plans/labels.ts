import type { MessageKey } from '../../shared/i18n';

export const STRATUM_KEYS: Record<string, MessageKey> = {
  high: 'plans.stratum.high',
  normal: 'plans.stratum.normal',
  low: 'plans.stratum.low',
};
