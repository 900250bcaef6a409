/** HTTP contracts of the risk view (issue 5 item 7): each provider's tier, score and reasons. */
import { z } from 'zod';
import { DivisionCode } from './common';
import { RiskReasonCode, RiskTierSchema } from './enums';

export const RiskQuery = z.object({
  /** A county or township inside the caller's scope; the caller's own division when absent. */
  divisionCode: DivisionCode.optional(),
  tier: RiskTierSchema.optional(),
  /** One provider's entry (the filing page's supervision record); the counts stay the area's. */
  providerId: z.coerce.number().int().positive().optional(),
});
export type RiskQuery = z.infer<typeof RiskQuery>;

export const ProviderRiskItem = z.object({
  providerId: z.number().int(),
  /** Its filing: the console's page for the provider (with its 监管档案). */
  filingId: z.number().int(),
  name: z.string(),
  divisionCode: z.string(),
  countyName: z.string(),
  townshipName: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  filingStatus: z.string(),
  tier: RiskTierSchema,
  score: z.number().int(),
  reasons: z.array(z.object({ code: RiskReasonCode, points: z.number().int(), count: z.number().int() })),
  /** The date of its last submitted inspection, if any. */
  lastInspectedOn: z.string().nullable(),
});
export type ProviderRiskItem = z.infer<typeof ProviderRiskItem>;

export const RiskList = z.object({
  /** From when the facts are counted (Beijing date; ratio breaches: the last 90 days). */
  since: z.string(),
  counts: z.object({ high: z.number().int(), normal: z.number().int(), low: z.number().int() }),
  items: z.array(ProviderRiskItem),
});
export type RiskList = z.infer<typeof RiskList>;
