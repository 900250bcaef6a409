import { describe, expect, it } from 'vitest';
import { type FilingCheckId, type FilingDraft, runFilingChecks } from './filing-checks';
import { failures, goodDraft, SUITE, TODAY } from './filing-checks-fixtures';

describe(SUITE, () => {
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
});
