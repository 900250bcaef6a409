import { describe, expect, it } from 'vitest';
import {
  type FeeCeiling,
  type FilingCheckId,
  type FilingCheckResult,
  type FilingDraft,
  filingChecksPass,
  runFilingChecks,
} from './filing-checks';
import { requiredDocuments } from './filing-documents';

const TODAY = '2026-03-10';

/**
 * A draft that meets every check: 45 children (10 infants with 4 carers, 15 young toddlers with 3,
 * 20 older toddlers with 3), so exactly 135 m² indoor and 90 m² outdoor are needed.
 */
function goodDraft(): FilingDraft {
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
function goodFamilyPoint(): FilingDraft {
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

function failures(results: FilingCheckResult[]): [FilingCheckId, string | undefined][] {
  return results.filter((r) => !r.ok).map((r) => [r.id, r.path]);
}

function ids(results: FilingCheckResult[]): FilingCheckId[] {
  return results.map((r) => r.id);
}

describe('filing standards checks (托育机构设置标准/管理规范（试行）, 登记和备案办法, 巴政办发〔2021〕20号)', () => {
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

  describe('guided fee ceilings for inclusive providers (巴政办发〔2021〕20号 (四)3)', () => {
    const CEILINGS: FeeCeiling[] = [
      { classType: 'toddler_older', serviceForm: 'full_day', maxMonthlyFen: 168000 },
      { classType: 'infant', serviceForm: 'full_day', maxMonthlyFen: 150000 },
      { classType: 'toddler_young', serviceForm: 'full_day', maxMonthlyFen: 160000 },
    ];

    it.each<[string, Partial<FilingDraft['fees'][number]>, boolean, boolean]>([
      ['equal to the ceiling passes', { amountFen: 168000 }, true, true],
      ['one fen over fails', { amountFen: 168001 }, true, false],
      ['well under passes', { amountFen: 100000 }, true, true],
      [
        'no class type: held to the lowest ceiling of its classes (150000), 150000 passes',
        { classType: undefined, amountFen: 150000 },
        true,
        true,
      ],
      ['no class type: 150001 fails', { classType: undefined, amountFen: 150001 }, true, false],
      ['daily fee: no ceiling check', { unit: 'day', amountFen: 999999 }, false, true],
      ['no ceiling for the service form', { serviceForm: 'hourly', amountFen: 999999 }, false, true],
    ])('%s', (_label, change, checked, ok) => {
      const base = goodDraft();
      const draft: FilingDraft = {
        ...base,
        inclusive: true,
        fees: [
          {
            item: '保育费',
            serviceForm: 'full_day',
            classType: 'toddler_older',
            unit: 'month',
            amountFen: 0,
            ...change,
          },
        ],
      };
      const results = runFilingChecks(draft, TODAY, { feeCeilings: CEILINGS });
      const ceiling = results.filter((r) => r.id === 'fee_ceiling');
      expect(ceiling).toHaveLength(checked ? 1 : 0);
      if (checked) {
        expect(ceiling[0]?.ok).toBe(ok);
        expect(ceiling[0]?.path).toBe('fees[0].amountFen');
        expect(ceiling[0]?.standard).toContain('(四)3');
      }
    });

    it('no ceiling applies to a provider that is not inclusive', () => {
      const draft: FilingDraft = {
        ...goodDraft(),
        fees: [
          {
            item: '保育费',
            serviceForm: 'full_day',
            classType: 'toddler_older',
            unit: 'month',
            amountFen: 999999,
          },
        ],
      };
      const results = runFilingChecks(draft, TODAY, { feeCeilings: CEILINGS });
      expect(ids(results)).not.toContain('fee_ceiling');
      expect(filingChecksPass(results)).toBe(true);
    });

    it('says by how much in yuan', () => {
      const draft: FilingDraft = {
        ...goodDraft(),
        inclusive: true,
        fees: [
          {
            item: '保育费',
            serviceForm: 'full_day',
            classType: 'toddler_older',
            unit: 'month',
            amountFen: 168001,
          },
        ],
      };
      const result = runFilingChecks(draft, TODAY, { feeCeilings: CEILINGS }).find(
        (r) => r.id === 'fee_ceiling',
      );
      expect(result?.message.zh).toContain('¥1,680.01');
      expect(result?.message.zh).toContain('¥1,680.00');
    });
  });

  describe('家庭托育点管理办法（试行） — family care points', () => {
    it('a compliant family care point passes and has no outdoor-area check', () => {
      const results = runFilingChecks(goodFamilyPoint(), TODAY);
      expect(failures(results)).toEqual([]);
      expect(ids(results)).not.toContain('outdoor_area');
      expect(ids(results)).toContain('family_point_total');
    });

    it.each<[string, (d: FilingDraft) => FilingDraft, [FilingCheckId, string | undefined][]]>([
      [
        '6 children in one group',
        (d) => ({ ...d, buildingAreaM2: 18, classes: [{ type: 'family', capacity: 6, carers: 2 }] }),
        [
          ['class_size', 'classes[0].capacity'],
          ['family_point_total', 'classes'],
        ],
      ],
      [
        '6 children over two groups',
        (d) => ({
          ...d,
          buildingAreaM2: 18,
          classes: [
            { type: 'family', capacity: 3, carers: 1 },
            { type: 'family', capacity: 3, carers: 1 },
          ],
        }),
        [['family_point_total', 'classes']],
      ],
      [
        '5 children with 1 carer',
        (d) => ({ ...d, classes: [{ type: 'family', capacity: 5, carers: 1 }] }),
        [['class_ratio', 'classes[0].carers']],
      ],
      [
        'an infant class in a family care point',
        (d) => ({ ...d, classes: [{ type: 'infant', capacity: 3, carers: 1 }] }),
        [['class_type_for_kind', 'classes[0].type']],
      ],
      ['indoor area too small', (d) => ({ ...d, buildingAreaM2: 14 }), [['indoor_area', 'buildingAreaM2']]],
    ])('%s', (_label, mutate, expected) => {
      expect(failures(runFilingChecks(mutate(goodFamilyPoint()), TODAY))).toEqual(expected);
    });
  });

  describe('kindergarten toddler classes', () => {
    it('need the kindergarten licence, not a business licence', () => {
      const draft: FilingDraft = {
        ...goodDraft(),
        kind: 'kindergarten_class',
        documents: requiredDocuments('kindergarten_class', true).map((type) => ({ type })),
      };
      expect(failures(runFilingChecks(draft, TODAY))).toEqual([]);
      const withoutKindergartenLicence: FilingDraft = {
        ...draft,
        documents: requiredDocuments('institution', true).map((type) => ({ type })),
      };
      expect(failures(runFilingChecks(withoutKindergartenLicence, TODAY))).toEqual([
        ['document', 'documents.kindergarten_licence'],
      ]);
    });
  });

  describe('city settings (params)', () => {
    it.each<[string, Parameters<typeof runFilingChecks>[2], [FilingCheckId, string | undefined][]]>([
      ['max floor 2', { settings: { maxFloor: 2 } }, [['floor', 'floorMax']]],
      [
        'indoor 4 m² per child',
        { settings: { indoorAreaPerChildM2: 4 } },
        [['indoor_area', 'buildingAreaM2']],
      ],
      [
        'outdoor 2.5 m² per child',
        { settings: { outdoorAreaPerChildM2: 2.5 } },
        [['outdoor_area', 'outdoorAreaM2']],
      ],
      [
        'CCTV 180 days',
        { settings: { minCctvRetentionDays: 180 } },
        [['cctv_retention', 'cctvRetentionDays']],
      ],
      ['indoor 2 m² per child', { settings: { indoorAreaPerChildM2: 2 } }, []],
    ])('%s', (_label, opts, expected) => {
      expect(failures(runFilingChecks(goodDraft(), TODAY, opts))).toEqual(expected);
    });

    it('area products are compared at 0.01 m², not tipped by floating point', () => {
      // 3 × 1.1 is 3.3000000000000003 in binary floating point.
      const draft: FilingDraft = {
        ...goodDraft(),
        buildingAreaM2: 3.3,
        classes: [{ type: 'infant', capacity: 3, carers: 1 }],
      };
      const indoor = runFilingChecks(draft, TODAY, { settings: { indoorAreaPerChildM2: 1.1 } }).find(
        (r) => r.id === 'indoor_area',
      );
      expect(indoor?.ok).toBe(true);
    });

    it('mixed-class ratio follows the setting and says it is a city param', () => {
      const draft: FilingDraft = { ...goodDraft(), classes: [{ type: 'mixed', capacity: 18, carers: 4 }] };
      const ratio = (opts: Parameters<typeof runFilingChecks>[2]) =>
        runFilingChecks(draft, TODAY, opts).find((r) => r.id === 'class_ratio');
      expect(ratio({})?.ok).toBe(true);
      expect(ratio({ settings: { mixedRatio: 4 } })?.ok).toBe(false);
      expect(ratio({})?.standard).toContain('本市参数');
    });
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
