import { describe, expect, it } from 'vitest';
import { CREDIT_KIND_NAMES, creditRecordActive, missingBlacklistFields } from './credit';

describe('credit records (plan (四)5 信用监管): 守信激励 / 失信惩戒', () => {
  it('names the two kinds', () => {
    expect([CREDIT_KIND_NAMES.reward.zh, CREDIT_KIND_NAMES.penalty.zh]).toEqual(['守信激励', '失信惩戒']);
  });
  it.each([
    [null, '2026-11-29', true],
    ['2026-11-29', '2026-11-29', true],
    ['2026-11-28', '2026-11-29', false],
  ])('expires %s, today %s → counts %s', (exp, today, active) => {
    expect(creditRecordActive(exp, today)).toBe(active);
  });
});

describe('a blacklisting needs decision, legal basis, date and deciding unit', () => {
  const full = {
    decision: '列入严重失信名单',
    legalBasis: '《托育机构管理规范（试行）》',
    decidedOn: '2026-10-01',
    decidingUnit: '五原县卫生健康委员会',
  };
  it.each([
    ['complete', full, []],
    ['no decision', { ...full, decision: '' }, ['decision']],
    ['blank legal basis', { ...full, legalBasis: '   ' }, ['legalBasis']],
    ['no date nor unit', { decision: 'x', legalBasis: 'y' }, ['decidedOn', 'decidingUnit']],
  ])('%s', (_l, d, missing) => {
    expect(missingBlacklistFields(d)).toEqual(missing);
  });
});
