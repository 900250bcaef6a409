import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_TYPE_NAMES,
  DOCUMENT_TYPES,
  type DocumentType,
  requiredDocuments,
} from './filing-documents';
import type { ProviderKind } from './provider-kinds';

const COMMON_AFTER_LICENCE: DocumentType[] = [
  'premises_proof',
  'staff_certificates',
  'health_evaluation',
  'fire_safety',
];

describe('托育机构登记和备案办法（试行） — filing materials', () => {
  it.each<[ProviderKind, boolean, DocumentType[]]>([
    ['institution', false, ['filing_form', 'commitment', 'business_licence', ...COMMON_AFTER_LICENCE]],
    [
      'institution',
      true,
      ['filing_form', 'commitment', 'business_licence', ...COMMON_AFTER_LICENCE, 'food_licence'],
    ],
    ['employer', false, ['filing_form', 'commitment', 'business_licence', ...COMMON_AFTER_LICENCE]],
    [
      'medical',
      true,
      ['filing_form', 'commitment', 'business_licence', ...COMMON_AFTER_LICENCE, 'food_licence'],
    ],
    ['family_point', false, ['filing_form', 'commitment', 'business_licence', ...COMMON_AFTER_LICENCE]],
    [
      'kindergarten_class',
      false,
      ['filing_form', 'commitment', 'kindergarten_licence', ...COMMON_AFTER_LICENCE],
    ],
    [
      'kindergarten_class',
      true,
      ['filing_form', 'commitment', 'kindergarten_licence', ...COMMON_AFTER_LICENCE, 'food_licence'],
    ],
  ])('%s, meals served %s', (kind, meals, docs) => {
    expect(requiredDocuments(kind, meals)).toEqual(docs);
  });

  it.each([
    ['filing_form', '备案书'],
    ['commitment', '承诺书'],
    ['business_licence', '营业执照或法人登记证书'],
    ['kindergarten_licence', '办园许可证'],
    ['premises_proof', '场地证明'],
    ['staff_certificates', '人员资格证书和健康证明'],
    ['fire_safety', '消防验收或备案证明'],
    ['food_licence', '食品经营许可证'],
  ] as const)('%s is called %s', (type, zh) => {
    expect(DOCUMENT_TYPE_NAMES[type].zh).toBe(zh);
  });

  it('health evaluation names the 合格 rating', () => {
    expect(DOCUMENT_TYPE_NAMES.health_evaluation.zh).toContain('卫生评价报告');
    expect(DOCUMENT_TYPE_NAMES.health_evaluation.zh).toContain('合格');
  });

  it('every document type has zh and en names', () => {
    expect(Object.keys(DOCUMENT_TYPE_NAMES).sort()).toEqual([...DOCUMENT_TYPES].sort());
    for (const type of DOCUMENT_TYPES) {
      expect(DOCUMENT_TYPE_NAMES[type].en).not.toBe('');
    }
  });
});
