/**
 * Types and small helpers of the public complaint pages (the zod contracts stay server-side, so
 * the public bundle does not carry zod).
 */
import type { ComplaintCategory, ComplaintOutcome, ComplaintStatus } from '@tuoyu/domain';
import type { MessageKey } from '../../shared/i18n';

export const catKey = (c: ComplaintCategory | string) => `pc.cat.${c}` as MessageKey;
export const stepKey = (s: ComplaintStatus) => `pc.step.${s}` as MessageKey;
export const outcomeKey = (o: ComplaintOutcome) => `pc.outcome.${o}` as MessageKey;

/** `GET /api/public/complaints/:trackingCode` — exactly these keys. */
export interface Tracking {
  status: ComplaintStatus;
  receivedAt: string;
  acknowledgedAt: string | null;
  answeredAt: string | null;
  outcome: ComplaintOutcome | null;
  reply: string | null;
}

export interface StatsRow {
  divisionCode: string;
  divisionName: string;
  received: number;
  answered: number;
  answeredOnTime: number;
  substantiated: number;
  partly: number;
  unsubstantiated: number;
  byCategory: Record<string, number>;
}

/** `2026-11-17 13:40`, Beijing time. */
export function beijingDateTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** This month in Beijing, `YYYY-MM`. */
export const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
