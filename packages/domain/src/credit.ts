/**
 * Credit records and the blacklist (SPEC C2, C4; plan (四)5 信用监管). A credit record is either
 * 守信激励 (reward) or 失信惩戒 (penalty), about a provider or a person (its staff member). Putting
 * a provider on the public blacklist is an administrative decision: it needs the decision text,
 * its legal basis, the date and the deciding unit; the document number (文号) is optional.
 */

export const CREDIT_KINDS = ['reward', 'penalty'] as const;
export type CreditKind = (typeof CREDIT_KINDS)[number];

export const CREDIT_KIND_ZH: Record<CreditKind, string> = {
  reward: '守信激励',
  penalty: '失信惩戒',
};

export const CREDIT_SUBJECTS = ['provider', 'person'] as const;
export type CreditSubject = (typeof CREDIT_SUBJECTS)[number];

export interface BlacklistDecision {
  decision: string;
  legalBasis: string;
  decidedOn: string;
  decidingUnit: string;
}

/** The fields a blacklisting lacks (blank counts as missing); empty when it may be published. */
export function missingBlacklistFields(d: Partial<BlacklistDecision>): (keyof BlacklistDecision)[] {
  const need: (keyof BlacklistDecision)[] = ['decision', 'legalBasis', 'decidedOn', 'decidingUnit'];
  return need.filter((k) => !d[k]?.trim());
}

/** A credit record counts until it expires (no expiry date: it always counts). */
export const creditRecordActive = (expiresOn: string | null, today: string): boolean =>
  !expiresOn || expiresOn >= today;
