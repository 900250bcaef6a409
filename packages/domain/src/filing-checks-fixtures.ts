/** The filing-check tests' drafts (one institution, one family care point) and what they read of the results. */
import type { FilingCheckId, FilingCheckResult, FilingDraft } from './filing-checks';
import { requiredDocuments } from './filing-documents';

/** The suite every filing-check test file sits under, so each test keeps its one full name. */
export const SUITE =
  'filing standards checks (托育机构设置标准/管理规范（试行）, 登记和备案办法, 巴政办发〔2021〕20号)';

export const TODAY = '2026-03-10';

/**
 * A draft that meets every check: 45 children (10 infants with 4 carers, 15 young toddlers with 3,
 * 20 older toddlers with 3), so exactly 135 m² indoor and 90 m² outdoor are needed.
 */
export function goodDraft(): FilingDraft {
  return {
    kind: 'institution',
    legalForm: 'enterprise',
    serviceForms: ['full_day', 'hourly'],
    inclusive: false,
    mealsServed: true,
    floorMax: 3,
    buildingAreaM2: 135,
    outdoorAreaM2: 90,
    cctvRetentionDays: 90,
    classes: [
      { type: 'infant', capacity: 10, carers: 4 },
      { type: 'toddler_young', capacity: 15, carers: 3 },
      { type: 'toddler_older', capacity: 20, carers: 3 },
    ],
    fees: [
      {
        item: '保育费',
        serviceForm: 'full_day',
        classType: 'toddler_older',
        unit: 'month',
        amountFen: 168000,
      },
      { item: '计时托费', serviceForm: 'hourly', unit: 'hour', amountFen: 3000 },
    ],
    insurance: { insurer: '中国人保', policyNo: 'PZAA202615080000001', validUntil: '2026-12-31' },
    documents: requiredDocuments('institution', true).map((type) => ({ type })),
  };
}

/** A family care point that meets every check. */
export function goodFamilyPoint(): FilingDraft {
  return {
    ...goodDraft(),
    kind: 'family_point',
    serviceForms: ['full_day'],
    mealsServed: false,
    floorMax: 1,
    buildingAreaM2: 15,
    outdoorAreaM2: 0,
    classes: [{ type: 'family', capacity: 5, carers: 2 }],
    fees: [
      { item: '保育费', serviceForm: 'full_day', classType: 'family', unit: 'month', amountFen: 150000 },
    ],
    documents: requiredDocuments('family_point', false).map((type) => ({ type })),
  };
}

export function failures(results: FilingCheckResult[]): [FilingCheckId, string | undefined][] {
  return results.filter((r) => !r.ok).map((r) => [r.id, r.path]);
}

export function ids(results: FilingCheckResult[]): FilingCheckId[] {
  return results.map((r) => r.id);
}
