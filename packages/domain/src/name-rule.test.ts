import { describe, expect, it } from 'vitest';
import { checkProviderName, NAME_PROBLEM_MESSAGES, type NameProblem } from './name-rule';
import type { ProviderKind, ServiceForm } from './provider-kinds';

const FULL: ServiceForm[] = ['full_day'];

/** A name of exactly `n` code points that passes the content rules for an institution. */
function nameOfLength(n: number): string {
  return `全日托托育${'园'.repeat(n - 5)}`;
}

describe('巴政办发〔2021〕20号 (四)1 — provider name rule', () => {
  it.each<[string, string, ProviderKind, ServiceForm[], NameProblem[]]>([
    ['institution with 托育 and 全日托', '临河区阳光全日托托育中心', 'institution', FULL, []],
    [
      'institution with 半日托 and 计时托',
      '五原县小太阳半日托计时托托育园',
      'institution',
      ['half_day', 'hourly'],
      [],
    ],
    ['form word inside 全日托育', '临河区全日托育中心', 'institution', FULL, []],
    ['institution without service form', '临河区阳光托育中心', 'institution', FULL, ['missing_service_form']],
    ['institution without 托育', '临河区阳光全日托中心', 'institution', FULL, ['missing_tuoyu']],
    [
      'employer without both',
      '河套集团职工之家',
      'employer',
      FULL,
      ['missing_tuoyu', 'missing_service_form'],
    ],
    ['employer compliant', '河套集团临时托托育室', 'employer', ['temporary'], []],
    ['medical compliant', '巴彦淖尔市医院计时托托育部', 'medical', ['hourly'], []],
    ['medical without service form', '巴彦淖尔市医院托育部', 'medical', ['hourly'], ['missing_service_form']],
    ['family point needs 托育 only', '王家托育点', 'family_point', ['hourly'], []],
    ['family point without 托育', '王家看护点', 'family_point', ['hourly'], ['missing_tuoyu']],
    ['kindergarten class exempt from both', '临河区第一幼儿园托班', 'kindergarten_class', FULL, []],
    [
      'no service form selected',
      '临河区第一幼儿园托班',
      'kindergarten_class',
      [],
      ['no_service_form_selected'],
    ],
    [
      'no form selected, institution',
      '临河区阳光全日托托育中心',
      'institution',
      [],
      ['no_service_form_selected'],
    ],
    ['empty name', '', 'institution', FULL, ['missing_tuoyu', 'missing_service_form', 'too_short']],
    ['3 characters', '托育点', 'family_point', FULL, ['too_short']],
    ['4 characters', '托育之家', 'family_point', FULL, []],
    ['exactly 4 characters, institution', '全日托育', 'institution', FULL, []],
    ['60 characters', nameOfLength(60), 'institution', FULL, []],
    ['61 characters', nameOfLength(61), 'institution', FULL, ['too_long']],
    // 𠀀 is outside the BMP: 60 code points but 61 UTF-16 units, still within the limit.
    ['60 code points with one astral character', `${nameOfLength(59)}𠀀`, 'institution', FULL, []],
  ])('%s: %s', (_label, name, kind, forms, problems) => {
    const check = checkProviderName(name, kind, forms);
    expect(check.problems).toEqual(problems);
    expect(check.ok).toBe(problems.length === 0);
  });

  describe('messages say why, in both languages', () => {
    it.each([
      ['missing_tuoyu', '托育'],
      ['missing_service_form', '全日托'],
      ['no_service_form_selected', '服务形式'],
    ] as const)('%s cites the plan and names %s', (problem, word) => {
      const m = NAME_PROBLEM_MESSAGES[problem];
      expect(m.zh).toContain(word);
      expect(m.zh).toContain('巴政办发〔2021〕20号 (四)1');
      expect(m.en).toContain('(四)1');
    });

    it.each([
      ['too_short', '4'],
      ['too_long', '60'],
    ] as const)('%s states the limit %s', (problem, limit) => {
      expect(NAME_PROBLEM_MESSAGES[problem].zh).toContain(limit);
      expect(NAME_PROBLEM_MESSAGES[problem].en).toContain(limit);
    });
  });
});
