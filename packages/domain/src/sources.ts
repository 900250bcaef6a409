/**
 * Names of the documents the platform's rules come from (/work/shared/domain/standards.md,
 * "Sources"). Every rule result carries one of these so a reviewer can see where it comes from.
 * Article numbers are added only where they were checked against the original text.
 */
export const SOURCES = {
  /** 《托育机构设置标准（试行）》, 国卫人口发〔2019〕58号: classes, sizes, ratios, premises. */
  settingStandard: '托育机构设置标准（试行）',
  /** 《托育机构管理规范（试行）》, 国卫人口发〔2019〕58号: premises, safety, insurance. */
  managementNorms: '托育机构管理规范（试行）',
  /** 《托育机构登记和备案办法（试行）》 (2019): registering authority, filing materials, deadlines. */
  registrationAndFiling: '托育机构登记和备案办法（试行）',
  /** 《家庭托育点管理办法（试行）》 (2023): family care points. */
  familyCarePoint: '家庭托育点管理办法（试行）',
  /** WS/T 821—2023 《托育机构质量评估标准》, in force 2024-04-01. */
  qualityEvaluation: 'WS/T 821—2023 托育机构质量评估标准',
  /** Bayannur plan 巴政办发〔2021〕20号 (四)1: registration and filing, name rule. */
  planRegistration: '巴政办发〔2021〕20号 (四)1',
  /** Bayannur plan 巴政办发〔2021〕20号 (四)3: fees, 明码标价, guided fees for non-profit care. */
  planFees: '巴政办发〔2021〕20号 (四)3',
  /** Bayannur plan 巴政办发〔2021〕20号 总体要求: targets (≥ 4 places per 1,000 residents). */
  planTargets: '巴政办发〔2021〕20号 总体要求',
} as const;

/** One of the source strings in {@link SOURCES}. */
export type Source = (typeof SOURCES)[keyof typeof SOURCES];
