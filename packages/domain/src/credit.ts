/**
 * Credit records and the blacklist (SPEC C2, C4; plan (四)5 信用监管). A credit record is either
 * 守信激励 (reward) or 失信惩戒 (penalty), about a provider or a person (its staff member). Putting
 * a provider on the public blacklist is an administrative decision: it needs the decision text,
 * its legal basis, the date and the deciding unit; the document number (文号) is optional.
 */
import type { LocalizedText } from './provider-kinds';

export const CREDIT_KINDS = ['reward', 'penalty'] as const;
export type CreditKind = (typeof CREDIT_KINDS)[number];

export const CREDIT_KIND_NAMES: Readonly<Record<CreditKind, LocalizedText>> = {
  reward: { zh: '守信激励', en: 'Reward' },
  penalty: { zh: '失信惩戒', en: 'Penalty' },
};

export const CREDIT_SUBJECTS = ['provider', 'person'] as const;
export type CreditSubject = (typeof CREDIT_SUBJECTS)[number];

export const CREDIT_SUBJECT_NAMES: Readonly<Record<CreditSubject, LocalizedText>> = {
  provider: { zh: '机构', en: 'Provider' },
  person: { zh: '从业人员', en: 'Staff member' },
};

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
