import { describe, expect, it } from 'vitest';
import {
  type FilingCheckId,
  type FilingCheckResult,
  type FilingDraft,
  filingChecksPass,
  runFilingChecks,
} from './filing-checks';
import { failures, goodDraft, SUITE, TODAY } from './filing-checks-fixtures';

describe(SUITE, () => {
  it('a compliant draft passes every check, each naming its standard in both languages', () => {
    const results = runFilingChecks(goodDraft(), TODAY);
    expect(failures(results)).toEqual([]);
    expect(filingChecksPass(results)).toBe(true);
    for (const r of results) {
      expect(r.standard).not.toBe('');
      expect(r.message.zh).not.toBe('');
      expect(r.message.en).not.toBe('');
    }
    // Passed checks are listed too: 1 service-form + 1 classes + 3×3 per class + floor, 2 areas,
    // cctv, insurance + 8 documents + 1 fees + 2×2 per fee.
    expect(results).toHaveLength(1 + 1 + 9 + 4 + 1 + 8 + 1 + 4);
  });

  it.each<[string, (d: FilingDraft) => FilingDraft, [FilingCheckId, string | undefined][]]>([
    [
      'no service form',
      (d) => ({ ...d, serviceForms: [], fees: [] }),
      [
        ['service_forms_selected', 'serviceForms'],
        ['fees_present', 'fees'],
      ],
    ],
    ['no classes', (d) => ({ ...d, classes: [] }), [['classes_present', 'classes']]],
    [
      'infant class of 11 (carers 4 still enough)',
      (d) => ({ ...d, buildingAreaM2: 200, classes: [{ type: 'infant', capacity: 11, carers: 4 }] }),
      [['class_size', 'classes[0].capacity']],
    ],
    [
      'infant class of 10 with 3 carers',
      (d) => ({ ...d, classes: [{ type: 'infant', capacity: 10, carers: 3 }] }),
      [['class_ratio', 'classes[0].carers']],
    ],
    [
      'infant class of 4 with 1 carer',
      (d) => ({ ...d, classes: [{ type: 'infant', capacity: 4, carers: 1 }] }),
      [['class_ratio', 'classes[0].carers']],
    ],
    [
      'toddler_young class of 16 with 4 carers',
      (d) => ({ ...d, buildingAreaM2: 200, classes: [{ type: 'toddler_young', capacity: 16, carers: 4 }] }),
      [['class_size', 'classes[0].capacity']],
    ],
    [
      'second class: toddler_older of 20 with 2 carers',
      (d) => ({
        ...d,
        classes: [
          { type: 'infant', capacity: 3, carers: 1 },
          { type: 'toddler_older', capacity: 20, carers: 2 },
        ],
      }),
      [['class_ratio', 'classes[1].carers']],
    ],
    [
      'mixed class of 19',
      (d) => ({ ...d, buildingAreaM2: 200, classes: [{ type: 'mixed', capacity: 19, carers: 4 }] }),
      [['class_size', 'classes[0].capacity']],
    ],
    [
      'zero capacity',
      (d) => ({ ...d, classes: [{ type: 'infant', capacity: 0, carers: 0 }] }),
      [
        ['class_size', 'classes[0].capacity'],
        ['class_ratio', 'classes[0].carers'],
      ],
    ],
    [
      'fractional carers',
      (d) => ({ ...d, classes: [{ type: 'infant', capacity: 3, carers: 1.5 }] }),
      [['class_ratio', 'classes[0].carers']],
    ],
    [
      'family class in an institution',
      (d) => ({ ...d, classes: [{ type: 'family', capacity: 3, carers: 1 }] }),
      [['class_type_for_kind', 'classes[0].type']],
    ],
    ['floor 4', (d) => ({ ...d, floorMax: 4 }), [['floor', 'floorMax']]],
    ['underground', (d) => ({ ...d, floorMax: -1 }), [['floor', 'floorMax']]],
    [
      'indoor 134.99 m² for 45 children',
      (d) => ({ ...d, buildingAreaM2: 134.99 }),
      [['indoor_area', 'buildingAreaM2']],
    ],
    [
      'outdoor 89.99 m² for 45 children',
      (d) => ({ ...d, outdoorAreaM2: 89.99 }),
      [['outdoor_area', 'outdoorAreaM2']],
    ],
    [
      'CCTV kept 89 days',
      (d) => ({ ...d, cctvRetentionDays: 89 }),
      [['cctv_retention', 'cctvRetentionDays']],
    ],
    ['no insurance', (d) => ({ ...d, insurance: null }), [['insurance', 'insurance']]],
    [
      'insurance expired yesterday',
      (d) => ({ ...d, insurance: { insurer: '中国人保', policyNo: 'P1', validUntil: '2026-03-09' } }),
      [['insurance', 'insurance.validUntil']],
    ],
    [
      'insurance with a malformed end date',
      (d) => ({ ...d, insurance: { insurer: '中国人保', policyNo: 'P1', validUntil: '2026-02-30' } }),
      [['insurance', 'insurance.validUntil']],
    ],
    [
      'insurance without policy number',
      (d) => ({ ...d, insurance: { insurer: '中国人保', policyNo: ' ', validUntil: '2026-12-31' } }),
      [['insurance', 'insurance']],
    ],
    [
      'meals served, food licence missing',
      (d) => ({ ...d, documents: d.documents.filter((x) => x.type !== 'food_licence') }),
      [['document', 'documents.food_licence']],
    ],
    [
      'fire safety and health evaluation missing',
      (d) => ({
        ...d,
        documents: d.documents.filter((x) => x.type !== 'fire_safety' && x.type !== 'health_evaluation'),
      }),
      [
        ['document', 'documents.health_evaluation'],
        ['document', 'documents.fire_safety'],
      ],
    ],
    ['no fees', (d) => ({ ...d, fees: [] }), [['fees_present', 'fees']]],
    [
      'fee of 0',
      (d) => ({ ...d, fees: [{ item: '保育费', serviceForm: 'full_day', unit: 'month', amountFen: 0 }] }),
      [['fee_amount', 'fees[0].amountFen']],
    ],
    [
      'fee in fractions of a fen',
      (d) => ({ ...d, fees: [{ item: '保育费', serviceForm: 'full_day', unit: 'month', amountFen: 100.5 }] }),
      [['fee_amount', 'fees[0].amountFen']],
    ],
    [
      'fee for a service form not offered',
      (d) => ({
        ...d,
        fees: [{ item: '半日托费', serviceForm: 'half_day', unit: 'month', amountFen: 80000 }],
      }),
      [['fee_service_form', 'fees[0].serviceForm']],
    ],
  ])('%s', (_label, mutate, expected) => {
    const results = runFilingChecks(mutate(goodDraft()), TODAY);
    expect(failures(results)).toEqual(expected);
    expect(filingChecksPass(results)).toBe(false);
  });

  it.each([
    [
      'meals not served, no food licence',
      (d: FilingDraft) => ({
        ...d,
        mealsServed: false,
        documents: d.documents.filter((x) => x.type !== 'food_licence'),
      }),
    ],
    [
      'insurance valid until today',
      (d: FilingDraft) => ({
        ...d,
        insurance: { insurer: '中国人保', policyNo: 'P1', validUntil: TODAY },
      }),
    ],
    [
      'exactly 10 infants with 4 carers',
      (d: FilingDraft) => ({
        ...d,
        classes: [{ type: 'infant' as const, capacity: 10, carers: 4 }],
      }),
    ],
    [
      '3 infants with 1 carer',
      (d: FilingDraft) => ({ ...d, classes: [{ type: 'infant' as const, capacity: 3, carers: 1 }] }),
    ],
    [
      'mixed class of 18 with 4 carers',
      (d: FilingDraft) => ({ ...d, classes: [{ type: 'mixed' as const, capacity: 18, carers: 4 }] }),
    ],
    ['floor 1', (d: FilingDraft) => ({ ...d, floorMax: 1 })],
    ['more area than needed', (d: FilingDraft) => ({ ...d, buildingAreaM2: 500, outdoorAreaM2: 500 })],
  ])('passes: %s', (_label, mutate) => {
    expect(failures(runFilingChecks(mutate(goodDraft()), TODAY))).toEqual([]);
  });

  it('the failing message says why, with the figures', () => {
    const draft: FilingDraft = {
      ...goodDraft(),
      classes: [{ type: 'infant', capacity: 11, carers: 4 }],
      buildingAreaM2: 200,
    };
    const size = runFilingChecks(draft, TODAY).find((r) => r.id === 'class_size');
    expect(size?.message.zh).toBe('第1个班（乳儿班）计划收托11人，超过班额上限10人');
    expect(size?.standard).toBe('托育机构设置标准（试行）');
  });

  it('throws when today is not a date', () => {
    expect(() => runFilingChecks(goodDraft(), '2026-02-30')).toThrow(RangeError);
  });

  describe('filingChecksPass', () => {
    const pass: FilingCheckResult = { id: 'floor', ok: true, standard: 's', message: { zh: 'z', en: 'e' } };
    const fail: FilingCheckResult = { ...pass, ok: false };
    it.each([
      ['all passed', [pass, pass], true],
      ['one failed', [pass, fail], false],
      ['only failures', [fail], false],
    ])('%s → %s', (_label, results, ok) => {
      expect(filingChecksPass(results)).toBe(ok);
    });
  });
});
