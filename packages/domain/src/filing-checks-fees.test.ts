import { describe, expect, it } from 'vitest';
import { type FeeCeiling, type FilingDraft, filingChecksPass, runFilingChecks } from './filing-checks';
import { goodDraft, ids, SUITE, TODAY } from './filing-checks-fixtures';

describe(SUITE, () => {
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
});
