import type { ComplaintCategory, ComplaintOutcome, ComplaintStatus } from '@tuoyu/domain';
import type { MessageKey } from '../../shared/i18n';

export const statusKey = (s: ComplaintStatus) => `cmp.status.${s}` as MessageKey;
export const catKey = (c: ComplaintCategory) => `cmp.cat.${c}` as MessageKey;
export const outcomeKey = (o: ComplaintOutcome) => `cmp.outcome.${o}` as MessageKey;
export const STATUS_COLOR: Record<ComplaintStatus, string> = {
  received: 'gold',
  acknowledged: 'blue',
  assigned: 'geekblue',
  answered: 'green',
};
