/**
 * Small helpers of the public complaint pages (wire types come from `@tuoyu/contracts` as type-only
 * imports, so the public bundle does not carry zod).
 */
import {
  beijingDate,
  type ComplaintCategory,
  type ComplaintOutcome,
  type ComplaintStatus,
} from '@tuoyu/domain';

import { enumKey, type MessageKey } from '../../shared/i18n';

export const catKey = (c: ComplaintCategory) => enumKey('complaintCategory', c);
export const stepKey = (s: ComplaintStatus) => `pc.step.${s}` as MessageKey;
export const outcomeKey = (o: ComplaintOutcome) => enumKey('complaintOutcome', o);

/** This month in Beijing, `YYYY-MM`. */
export const thisMonth = () => beijingDate(Date.now()).slice(0, 7);
