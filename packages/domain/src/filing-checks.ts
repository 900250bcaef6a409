/**
 * Standards checks run when a provider submits a filing (备案) — SPEC C1: a filing is accepted only
 * when these pass or the reviewer records a reasoned exception. Sources: 《托育机构设置标准（试行）》,
 * 《托育机构管理规范（试行）》, 《托育机构登记和备案办法（试行）》, 《家庭托育点管理办法（试行）》,
 * WS/T 821—2023 and 巴政办发〔2021〕20号 (四)1, (四)3; city figures come from settings.
 *
 * Every applicable check yields one result, passed or failed, so the reviewer sees what was checked,
 * not only what failed. Checks that do not apply to the provider (outdoor area for a family care
 * point, fee ceilings for a provider that is not inclusive) yield no result.
 */
import { isValidIsoDate } from './calendar-date';
import { checkClasses } from './filing-checks-classes';
import { checkFees } from './filing-checks-fees';
import { checkDocuments, checkInsurance, checkPremises } from './filing-checks-premises';
import type {
  ClassType,
  FeeUnit,
  LegalForm,
  LocalizedText,
  ProviderKind,
  ServiceForm,
} from './provider-kinds';
import { SERVICE_FORM_NAMES } from './provider-kinds';
import { resolveSettings, type Settings } from './settings';
import { SOURCES } from './sources';

export interface FilingClass {
  type: ClassType;
  /** Planned number of children (approved capacity once filed). */
  capacity: number;
  /** Planned number of carers (保育人员) for the class. */
  carers: number;
}

export interface FilingFee {
  /** Name of the fee item as disclosed (明码标价), e.g. 保育费, 伙食费. */
  item: string;
  serviceForm: ServiceForm;
  /** Class type the fee is for; absent when it applies to every class. */
  classType?: ClassType;
  unit: FeeUnit;
  /** Amount in integer 分 (fen). */
  amountFen: number;
}

export interface FilingInsurance {
  insurer: string;
  policyNo: string;
  /** Last day of cover, `YYYY-MM-DD`. */
  validUntil: string;
}

/** What a provider submits for filing, as far as the standards checks need it. */
export interface FilingDraft {
  kind: ProviderKind;
  legalForm: LegalForm;
  serviceForms: readonly ServiceForm[];
  /** 普惠 (inclusive) provider, held to the city's guided fee ceilings. */
  inclusive: boolean;
  mealsServed: boolean;
  /** Highest floor with rooms used by children. */
  floorMax: number;
  buildingAreaM2: number;
  outdoorAreaM2: number;
  cctvRetentionDays: number;
  classes: readonly FilingClass[];
  fees: readonly FilingFee[];
  insurance: FilingInsurance | null;
  /** Uploaded documents; `type` is a {@link DocumentType} for the ones the checks look for. */
  documents: readonly { type: string }[];
}

/** A city's guided monthly fee ceiling for inclusive care (巴政办发〔2021〕20号 (四)3). */
export interface FeeCeiling {
  classType: ClassType;
  serviceForm: ServiceForm;
  maxMonthlyFen: number;
}

export interface FilingCheckOptions {
  feeCeilings?: readonly FeeCeiling[];
  settings?: Partial<Settings>;
}

export type FilingCheckId =
  | 'service_forms_selected'
  | 'classes_present'
  | 'class_type_for_kind'
  | 'class_size'
  | 'class_ratio'
  | 'family_point_total'
  | 'floor'
  | 'indoor_area'
  | 'outdoor_area'
  | 'cctv_retention'
  | 'insurance'
  | 'document'
  | 'fees_present'
  | 'fee_amount'
  | 'fee_service_form'
  | 'fee_ceiling';

export interface FilingCheckResult {
  id: FilingCheckId;
  ok: boolean;
  /** Where the rule comes from, e.g. 托育机构设置标准（试行）. */
  standard: string;
  message: LocalizedText;
  /** The draft field the result is about, e.g. `classes[0].capacity`. */
  path?: string;
}

/**
 * Runs every standards check on a filing draft as of `today` (`YYYY-MM-DD`): service forms,
 * classes (size, planned carer ratio, type for the provider kind), family care point total, floor,
 * indoor and outdoor area, CCTV retention, insurance, required documents and fees (see the module
 * comment for sources). Returns one result per check, passed or failed.
 *
 * @throws RangeError when `today` is not a real `YYYY-MM-DD` date.
 */
export function runFilingChecks(
  draft: FilingDraft,
  today: string,
  opts: FilingCheckOptions = {},
): FilingCheckResult[] {
  if (!isValidIsoDate(today)) throw new RangeError(`today is not a YYYY-MM-DD calendar date: ${today}`);
  const settings = resolveSettings(opts.settings);
  const formsOk = draft.serviceForms.length > 0;
  return [
    {
      id: 'service_forms_selected',
      ok: formsOk,
      standard: SOURCES.planRegistration,
      message: formsOk
        ? {
            zh: `服务形式：${draft.serviceForms.map((f) => SERVICE_FORM_NAMES[f].zh).join('、')}`,
            en: `Service forms: ${draft.serviceForms.map((f) => SERVICE_FORM_NAMES[f].en).join(', ')}`,
          }
        : { zh: '须至少选择一种服务形式', en: 'At least one service form must be selected' },
      path: 'serviceForms',
    },
    ...checkClasses(draft, settings),
    ...checkPremises(draft, settings),
    checkInsurance(draft.insurance, today),
    ...checkDocuments(draft),
    ...checkFees(draft, opts.feeCeilings ?? []),
  ];
}

/** Whether every check passed, so the filing can be accepted without a recorded exception (SPEC C1). */
export function filingChecksPass(results: readonly FilingCheckResult[]): boolean {
  return results.every((r) => r.ok);
}
