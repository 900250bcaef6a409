import { describe, expect, it } from 'vitest';
import { assessRisk, NO_RISK_FACTS, type RiskFacts, type RiskTier } from './risk';

const facts = (f: Partial<RiskFacts>): RiskFacts => ({ ...NO_RISK_FACTS, ...f });

describe('standards.md Supervision — risk tiers for the 双随机 strata (higher share for complaints, abnormal status, serious violations)', () => {
  it.each<[string, Partial<RiskFacts>, RiskTier, number]>([
    ['nothing known, new provider', {}, 'normal', 0],
    ['suspended (abnormal status)', { suspended: true, filedMonths: 40, inspections: 3 }, 'high', 0],
    ['blacklisted', { blacklisted: true }, 'high', 0],
    [
      'one failed inspection (4) + one high-risk finding (2)',
      { inspectionsFailed: 1, highRiskFindings: 1 },
      'high',
      6,
    ],
    ['two substantiated complaints', { complaintsSubstantiated: 2 }, 'high', 6],
    ['one substantiated complaint only', { complaintsSubstantiated: 1 }, 'normal', 3],
    ['one serious incident reported late', { seriousIncidents: 1, lateIncidents: 1 }, 'high', 6],
    [
      'rectification order, fixed on time',
      { inspectionsRectify: 1, inspections: 1, filedMonths: 30 },
      'normal',
      2,
    ],
    ['two overdue findings', { overdueFindings: 2 }, 'high', 6],
    ['ratio breaches under 30 minutes are noise', { ratioBreaches: 2, ratioBreachMinutes: 25 }, 'normal', 0],
    [
      '3 h of ratio breaches (3) + pending complaint (1)',
      { ratioBreaches: 4, ratioBreachMinutes: 170, complaintsPending: 1 },
      'normal',
      4,
    ],
    [
      '10 h of ratio breaches is capped at 4 points',
      { ratioBreaches: 9, ratioBreachMinutes: 600 },
      'normal',
      4,
    ],
    ['long clean record: 12 months filed, inspected', { filedMonths: 12, inspections: 2 }, 'low', 0],
    ['clean but never inspected stays normal', { filedMonths: 36 }, 'normal', 0],
    ['clean but filed 11 months stays normal', { filedMonths: 11, inspections: 1 }, 'normal', 0],
    [
      'long record with a partly substantiated complaint is not low',
      { filedMonths: 48, inspections: 2, complaintsPartly: 1 },
      'normal',
      1,
    ],
  ])('%s → %s (score %i)', (_label, f, tier, score) => {
    const r = assessRisk(facts(f));
    expect(r.tier).toBe(tier);
    expect(r.score).toBe(score);
  });

  it('names every reason with its points, so the tier can be explained', () => {
    const r = assessRisk(
      facts({ inspectionsFailed: 1, complaintsSubstantiated: 1, ratioBreaches: 2, ratioBreachMinutes: 61 }),
    );
    expect(r.reasons).toEqual([
      { code: 'inspection_failed', points: 4, count: 1 },
      { code: 'complaint_substantiated', points: 3, count: 1 },
      { code: 'ratio_breach', points: 2, count: 2 },
    ]);
    expect(r.score).toBe(9);
  });

  it('a low tier says why', () => {
    expect(assessRisk(facts({ filedMonths: 30, inspections: 3 })).reasons).toEqual([
      { code: 'clean_record', points: 0, count: 3 },
    ]);
  });
});
