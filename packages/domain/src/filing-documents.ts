/**
 * Materials a provider submits to file (备案) — 《托育机构登记和备案办法（试行）》: 备案书 and
 * 承诺书 plus the business licence or legal-person certificate, premises proof, staff qualification
 * and health certificates, health evaluation report (卫生评价报告, rated 合格), fire-safety
 * acceptance, and a food business licence where meals are served. Kindergarten toddler classes are
 * managed by education (巴政办发〔2021〕20号 (四)1) and show the kindergarten's 办园许可证 instead
 * of a business licence.
 */
import type { LocalizedText, ProviderKind } from './provider-kinds';

export const DOCUMENT_TYPES = [
  'filing_form',
  'commitment',
  'business_licence',
  'kindergarten_licence',
  'premises_proof',
  'staff_certificates',
  'health_evaluation',
  'fire_safety',
  'food_licence',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPE_NAMES: Readonly<Record<DocumentType, LocalizedText>> = {
  filing_form: { zh: '备案书', en: 'Filing form' },
  commitment: { zh: '承诺书', en: 'Letter of commitment' },
  business_licence: {
    zh: '营业执照或法人登记证书',
    en: 'Business licence or legal-person registration certificate',
  },
  kindergarten_licence: { zh: '办园许可证', en: 'Kindergarten operating licence' },
  premises_proof: { zh: '场地证明', en: 'Proof of premises' },
  staff_certificates: { zh: '人员资格证书和健康证明', en: 'Staff qualification and health certificates' },
  health_evaluation: { zh: '卫生评价报告（合格）', en: 'Health evaluation report (rated pass)' },
  fire_safety: { zh: '消防验收或备案证明', en: 'Fire-safety acceptance or filing certificate' },
  food_licence: { zh: '食品经营许可证', en: 'Food business licence' },
};

/**
 * Documents a provider of `kind` must upload to file (《托育机构登记和备案办法（试行）》), in form
 * order: the common set, the kindergarten licence in place of the business licence for
 * kindergarten toddler classes, and the food business licence only when meals are served.
 */
export function requiredDocuments(kind: ProviderKind, mealsServed: boolean): DocumentType[] {
  const docs: DocumentType[] = [
    'filing_form',
    'commitment',
    kind === 'kindergarten_class' ? 'kindergarten_licence' : 'business_licence',
    'premises_proof',
    'staff_certificates',
    'health_evaluation',
    'fire_safety',
  ];
  if (mealsServed) docs.push('food_licence');
  return docs;
}
