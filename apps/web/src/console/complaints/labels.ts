import type { ComplaintCategory, ComplaintOutcome, ComplaintStatus } from '@tuoyu/domain';
import { enumKey } from '../../shared/i18n';

export const statusKey = (s: ComplaintStatus) => enumKey('complaintStatus', s);
export const catKey = (c: ComplaintCategory) => enumKey('complaintCategory', c);
export const outcomeKey = (o: ComplaintOutcome) => enumKey('complaintOutcome', o);
export const STATUS_COLOR: Record<ComplaintStatus, string> = {
  received: 'gold',
  acknowledged: 'blue',
  assigned: 'geekblue',
  answered: 'green',
};
