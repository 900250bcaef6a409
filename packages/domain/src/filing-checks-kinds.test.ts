import { describe, expect, it } from 'vitest';
import { type FilingCheckId, type FilingDraft, runFilingChecks } from './filing-checks';
import { failures, goodDraft, goodFamilyPoint, ids, SUITE, TODAY } from './filing-checks-fixtures';
import { requiredDocuments } from './filing-documents';

describe(SUITE, () => {
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
});
