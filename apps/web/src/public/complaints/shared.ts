/**
 * Small helpers of the public complaint pages (wire types come from `@tuoyu/contracts` as type-only
 * imports, so the public bundle does not carry zod).
 */
import type { ComplaintCategory, ComplaintOutcome, ComplaintStatus } from '@tuoyu/domain';
import { enumKey, type MessageKey } from '../../shared/i18n';

export const catKey = (c: ComplaintCategory) => enumKey('complaintCategory', c);
export const stepKey = (s: ComplaintStatus) => `pc.step.${s}` as MessageKey;
export const outcomeKey = (o: ComplaintOutcome) => enumKey('complaintOutcome', o);

/** `2026-11-17 13:40`, Beijing time. */
export function beijingDateTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** This month in Beijing, `YYYY-MM`. */
export const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
