/**
 * Shared value lists of the provider record: provider kinds and legal forms (SPEC C1, after
 * 《托育机构登记和备案办法（试行）》 and 巴政办发〔2021〕20号 (四)1), service forms and class types
 * (《托育机构设置标准（试行）》), fee units (巴政办发〔2021〕20号 (四)3).
 */
import { creditCodeAuthority } from './credit-code';

/** A text in both interface languages (SPEC §7: zh-CN by default, English available). */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** Provider kinds (SPEC C1). `institution` is an institution registered by one of the legal forms. */
export const PROVIDER_KINDS = [
  'institution',
  'kindergarten_class',
  'employer',
  'medical',
  'family_point',
] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const PROVIDER_KIND_NAMES: Readonly<Record<ProviderKind, LocalizedText>> = {
  institution: { zh: '托育机构', en: 'Childcare institution' },
  kindergarten_class: { zh: '幼儿园托班', en: 'Kindergarten toddler class' },
  employer: { zh: '用人单位托育', en: 'Employer-run childcare' },
  medical: { zh: '医育结合托育', en: 'Medical-institution childcare' },
  family_point: { zh: '家庭托育点', en: 'Family care point' },
};

/**
 * Legal forms of a registered provider (登记和备案办法; 巴政办发〔2021〕20号 (四)1):
 * 事业单位, 社会服务机构 (non-profit), 营利性 enterprise.
 */
export const LEGAL_FORMS = ['public_institution', 'social_service', 'enterprise'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const LEGAL_FORM_NAMES: Readonly<Record<LegalForm, LocalizedText>> = {
  public_institution: { zh: '事业单位', en: 'Public institution' },
  social_service: { zh: '社会服务机构', en: 'Social service organisation (non-profit)' },
  enterprise: { zh: '企业（营利性）', en: 'Enterprise (for-profit)' },
};

/** Unit codes of the registering authorities; the same codes as {@link creditCodeAuthority}. */
export type RegisteringUnit = 'bianban' | 'civil' | 'samr';

/**
 * Registering authority by legal form (登记和备案办法; 巴政办发〔2021〕20号 (四)1):
 * 事业单位 → 机构编制部门 (编办), 社会服务机构 → 民政, 营利性 → 市场监管.
 */
const REGISTERING_UNIT: Readonly<Record<LegalForm, RegisteringUnit>> = {
  public_institution: 'bianban',
  social_service: 'civil',
  enterprise: 'samr',
};

/** Units that push registrations: the three registering authorities, and education for kindergarten classes. */
export const REGISTERING_UNITS = ['bianban', 'civil', 'samr', 'edu'] as const;

/** The unit that registers a provider of `legalForm` (登记和备案办法; 巴政办发〔2021〕20号 (四)1). */
export function registeringUnitFor(legalForm: LegalForm): RegisteringUnit {
  return REGISTERING_UNIT[legalForm];
}

/**
 * Legal form implied by the first character of a 统一社会信用代码 (GB 32100-2015): '1' 编办 →
 * public institution, '5' 民政 → social service organisation, '9' 市场监管 → enterprise; null for
 * any other first character. Only the first character is read: validate the code separately.
 */
export function legalFormForCreditCode(code: string): LegalForm | null {
  switch (creditCodeAuthority(code)) {
    case 'bianban':
      return 'public_institution';
    case 'civil':
      return 'social_service';
    case 'samr':
      return 'enterprise';
    default:
      return null;
  }
}

/** Service forms (《托育机构设置标准（试行）》, 巴政办发〔2021〕20号 (四)1). */
export const SERVICE_FORMS = ['full_day', 'half_day', 'hourly', 'temporary'] as const;
export type ServiceForm = (typeof SERVICE_FORMS)[number];

/**
 * Bit per service form, in the order of SERVICE_FORMS (full_day 1, half_day 2, hourly 4, temporary
 * 8): the providers' `service_mask` column that "find care", booking and the indicators filter on.
 */
export const serviceBit = (form: string) => 1 << SERVICE_FORMS.indexOf(form as ServiceForm);

/** The zh names are the words the name rule looks for in a registered name. */
export const SERVICE_FORM_NAMES: Readonly<Record<ServiceForm, LocalizedText>> = {
  full_day: { zh: '全日托', en: 'Full-day care' },
  half_day: { zh: '半日托', en: 'Half-day care' },
  hourly: { zh: '计时托', en: 'Hourly care' },
  temporary: { zh: '临时托', en: 'Temporary care' },
};

/**
 * Class types (《托育机构设置标准（试行）》; `family` after 《家庭托育点管理办法（试行）》).
 * Ages and sizes are in class-rules.ts.
 */
export const CLASS_TYPES = ['infant', 'toddler_young', 'toddler_older', 'mixed', 'family'] as const;
export type ClassType = (typeof CLASS_TYPES)[number];

export const CLASS_TYPE_NAMES: Readonly<Record<ClassType, LocalizedText>> = {
  infant: { zh: '乳儿班', en: 'Infant class' },
  toddler_young: { zh: '托小班', en: 'Young toddler class' },
  toddler_older: { zh: '托大班', en: 'Older toddler class' },
  mixed: { zh: '混合编班', en: 'Mixed-age class' },
  family: { zh: '家庭托育点', en: 'Family care point' },
};

/** Units a fee item is charged by (明码标价, 巴政办发〔2021〕20号 (四)3). */
export const FEE_UNITS = ['month', 'day', 'hour', 'session'] as const;
export type FeeUnit = (typeof FEE_UNITS)[number];

/** Written after the amount, as in `¥1,680.00/月` (UX.md). */
export const FEE_UNIT_NAMES: Readonly<Record<FeeUnit, LocalizedText>> = {
  month: { zh: '月', en: 'month' },
  day: { zh: '天', en: 'day' },
  hour: { zh: '小时', en: 'hour' },
  session: { zh: '次', en: 'session' },
};
