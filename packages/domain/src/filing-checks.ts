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
import { isoDateToDayNumber, isValidIsoDate } from './calendar-date';
import { carerRatio, maxClassSize, minCarers } from './class-rules';
import { DOCUMENT_TYPE_NAMES, requiredDocuments } from './filing-documents';
import { formatYuan } from './money';
import type {
  ClassType,
  FeeUnit,
  LegalForm,
  LocalizedText,
  ProviderKind,
  ServiceForm,
} from './provider-kinds';
import { CLASS_TYPE_NAMES, SERVICE_FORM_NAMES } from './provider-kinds';
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

/** Stated when a figure is a city setting rather than a national one (standards.md "param"). */
const PARAM_NOTE = '（本市参数）';

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

function classLabel(i: number, type: ClassType): LocalizedText {
  return {
    zh: `第${i + 1}个班（${CLASS_TYPE_NAMES[type].zh}）`,
    en: `Class ${i + 1} (${CLASS_TYPE_NAMES[type].en.toLowerCase()})`,
  };
}

function classSource(type: ClassType): string {
  return type === 'family' ? SOURCES.familyCarePoint : SOURCES.settingStandard;
}

function checkClasses(draft: FilingDraft, settings: Settings): FilingCheckResult[] {
  const results: FilingCheckResult[] = [
    {
      id: 'classes_present',
      ok: draft.classes.length > 0,
      standard: SOURCES.settingStandard,
      message:
        draft.classes.length > 0
          ? { zh: `已设置${draft.classes.length}个班`, en: `${draft.classes.length} class(es) set up` }
          : { zh: '至少须设置一个班', en: 'At least one class must be set up' },
      path: 'classes',
    },
  ];
  const familyPoint = draft.kind === 'family_point';
  draft.classes.forEach((c, i) => {
    const label = classLabel(i, c.type);
    const typeOk = familyPoint === (c.type === 'family');
    results.push({
      id: 'class_type_for_kind',
      ok: typeOk,
      standard: SOURCES.familyCarePoint,
      message: typeOk
        ? { zh: `${label.zh}：班型与举办类型相符`, en: `${label.en}: class type matches the provider kind` }
        : familyPoint
          ? {
              zh: `${label.zh}：家庭托育点只能按家庭托育点编班`,
              en: `${label.en}: a family care point may only have family care point groups`,
            }
          : {
              zh: `${label.zh}：“家庭托育点”班型只适用于家庭托育点`,
              en: `${label.en}: the family care point class type is only for family care points`,
            },
      path: `classes[${i}].type`,
    });

    const max = maxClassSize(c.type, settings);
    const capacityValid = isCount(c.capacity) && c.capacity > 0;
    const sizeOk = capacityValid && c.capacity <= max;
    results.push({
      id: 'class_size',
      ok: sizeOk,
      standard: classSource(c.type),
      message: !capacityValid
        ? {
            zh: `${label.zh}：计划收托人数须为正整数`,
            en: `${label.en}: planned capacity must be a positive whole number`,
          }
        : sizeOk
          ? {
              zh: `${label.zh}计划收托${c.capacity}人，未超过班额上限${max}人`,
              en: `${label.en} plans ${c.capacity} children, within the maximum class size of ${max}`,
            }
          : {
              zh: `${label.zh}计划收托${c.capacity}人，超过班额上限${max}人`,
              en: `${label.en} plans ${c.capacity} children, more than the maximum class size of ${max}`,
            },
      path: `classes[${i}].capacity`,
    });

    const ratio = carerRatio(c.type, settings);
    const ratioSource = c.type === 'mixed' ? `${SOURCES.settingStandard}${PARAM_NOTE}` : classSource(c.type);
    if (!capacityValid || !isCount(c.carers)) {
      results.push({
        id: 'class_ratio',
        ok: false,
        standard: ratioSource,
        message: {
          zh: `${label.zh}：计划收托人数和保育人员数须为整数，无法核对师生比`,
          en: `${label.en}: capacity and carers must be whole numbers to check the carer ratio`,
        },
        path: `classes[${i}].carers`,
      });
      return;
    }
    const need = minCarers(c.type, c.capacity, settings);
    const ratioOk = c.carers >= need;
    results.push({
      id: 'class_ratio',
      ok: ratioOk,
      standard: ratioSource,
      message: {
        zh: `${label.zh}计划收托${c.capacity}人，按1:${ratio}至少需要${need}名保育人员，${ratioOk ? '' : '但'}计划配备${c.carers}名`,
        en: `${label.en} plans ${c.capacity} children and needs at least ${need} carer(s) at 1:${ratio}; ${c.carers} planned`,
      },
      path: `classes[${i}].carers`,
    });
  });

  if (familyPoint) {
    const total = totalCapacity(draft);
    const max = maxClassSize('family', settings);
    const ok = total <= max;
    results.push({
      id: 'family_point_total',
      ok,
      standard: SOURCES.familyCarePoint,
      message: {
        zh: `家庭托育点合计收托${total}人，${ok ? '未超过' : '超过'}每个托育点上限${max}人`,
        en: `The family care point takes ${total} children in total, ${ok ? 'within' : 'more than'} the limit of ${max} per point`,
      },
      path: 'classes',
    });
  }
  return results;
}

/** Planned children over all classes; invalid capacities are left out (their own check fails). */
function totalCapacity(draft: FilingDraft): number {
  return draft.classes.reduce((sum, c) => sum + (isCount(c.capacity) ? c.capacity : 0), 0);
}

/** Area to centimetre-square precision, so 3 × 1.1 m² is 3.3 m² and not 3.3000000000000003. */
function areaM2(n: number): number {
  return Math.round(n * 100) / 100;
}

function checkPremises(draft: FilingDraft, settings: Settings): FilingCheckResult[] {
  const results: FilingCheckResult[] = [];
  const floorOk =
    Number.isSafeInteger(draft.floorMax) && draft.floorMax >= 1 && draft.floorMax <= settings.maxFloor;
  results.push({
    id: 'floor',
    ok: floorOk,
    standard: SOURCES.managementNorms,
    message:
      Number.isSafeInteger(draft.floorMax) && draft.floorMax < 1
        ? { zh: '托育用房不得设在地下', en: 'Care rooms must not be underground' }
        : {
            zh: `托育用房最高在第${draft.floorMax}层，${floorOk ? '符合' : '不符合'}须设在第${settings.maxFloor}层及以下的要求`,
            en: `Care rooms reach floor ${draft.floorMax}; they must be on floor ${settings.maxFloor} or lower`,
          },
    path: 'floorMax',
  });

  const total = totalCapacity(draft);
  const indoorNeed = areaM2(total * settings.indoorAreaPerChildM2);
  const indoorOk = draft.buildingAreaM2 >= indoorNeed;
  results.push({
    id: 'indoor_area',
    ok: indoorOk,
    standard: `${SOURCES.settingStandard}${PARAM_NOTE}`,
    message: {
      zh: `建筑面积${draft.buildingAreaM2}平方米；计划收托${total}人，按每人${settings.indoorAreaPerChildM2}平方米至少需要${indoorNeed}平方米`,
      en: `Building area ${draft.buildingAreaM2} m²; ${total} children at ${settings.indoorAreaPerChildM2} m² each need at least ${indoorNeed} m²`,
    },
    path: 'buildingAreaM2',
  });

  // Family care points run in homes and have no outdoor-area requirement (standards.md, param).
  if (draft.kind !== 'family_point') {
    const outdoorNeed = areaM2(total * settings.outdoorAreaPerChildM2);
    const outdoorOk = draft.outdoorAreaM2 >= outdoorNeed;
    results.push({
      id: 'outdoor_area',
      ok: outdoorOk,
      standard: `${SOURCES.settingStandard}${PARAM_NOTE}`,
      message: {
        zh: `室外活动场地${draft.outdoorAreaM2}平方米；计划收托${total}人，按每人${settings.outdoorAreaPerChildM2}平方米至少需要${outdoorNeed}平方米`,
        en: `Outdoor area ${draft.outdoorAreaM2} m²; ${total} children at ${settings.outdoorAreaPerChildM2} m² each need at least ${outdoorNeed} m²`,
      },
      path: 'outdoorAreaM2',
    });
  }

  const cctvOk = draft.cctvRetentionDays >= settings.minCctvRetentionDays;
  results.push({
    id: 'cctv_retention',
    ok: cctvOk,
    standard: `${SOURCES.managementNorms}；${SOURCES.qualityEvaluation}`,
    message: {
      zh: `监控录像保存${draft.cctvRetentionDays}天，${cctvOk ? '符合' : '不符合'}不少于${settings.minCctvRetentionDays}天的要求`,
      en: `CCTV recordings kept ${draft.cctvRetentionDays} days; at least ${settings.minCctvRetentionDays} days are required`,
    },
    path: 'cctvRetentionDays',
  });
  return results;
}

function checkInsurance(insurance: FilingInsurance | null, today: string): FilingCheckResult {
  const base = { id: 'insurance', standard: SOURCES.managementNorms, path: 'insurance' } as const;
  if (!insurance) {
    return {
      ...base,
      ok: false,
      message: { zh: '须投保至少一份责任保险', en: 'At least one liability insurance policy is required' },
    };
  }
  if (insurance.insurer.trim() === '' || insurance.policyNo.trim() === '') {
    return {
      ...base,
      ok: false,
      message: { zh: '须填写承保机构和保单号', en: 'Insurer and policy number are required' },
    };
  }
  if (!isValidIsoDate(insurance.validUntil)) {
    return {
      ...base,
      ok: false,
      message: { zh: '保险有效期至须为有效日期', en: 'The insurance end date must be a valid date' },
      path: 'insurance.validUntil',
    };
  }
  // Cover on its last day still counts: a policy valid until today is in force today.
  const ok = isoDateToDayNumber(insurance.validUntil) >= isoDateToDayNumber(today);
  return {
    ...base,
    ok,
    message: ok
      ? { zh: `保险有效期至${insurance.validUntil}`, en: `Insurance valid until ${insurance.validUntil}` }
      : {
          zh: `保险已于${insurance.validUntil}到期，须在有效期内`,
          en: `Insurance expired on ${insurance.validUntil}; it must be in force`,
        },
    path: 'insurance.validUntil',
  };
}

function checkDocuments(draft: FilingDraft): FilingCheckResult[] {
  const uploaded = new Set(draft.documents.map((d) => d.type));
  return requiredDocuments(draft.kind, draft.mealsServed).map((type) => {
    const ok = uploaded.has(type);
    const name = DOCUMENT_TYPE_NAMES[type];
    return {
      id: 'document',
      ok,
      standard: SOURCES.registrationAndFiling,
      message: ok
        ? { zh: `已提交${name.zh}`, en: `${name.en} submitted` }
        : { zh: `缺少${name.zh}`, en: `${name.en} is missing` },
      path: `documents.${type}`,
    };
  });
}

function yuanOrRaw(fen: number): string {
  return Number.isSafeInteger(fen) ? formatYuan(fen) : `${fen}分`;
}

/**
 * The ceiling a monthly fee is held to: the one for its class type and service form; a fee with no
 * class type applies to every class of the provider, so it is held to the lowest ceiling among the
 * provider's class types for that service form. Undefined when no ceiling applies.
 */
function ceilingFor(fee: FilingFee, draft: FilingDraft, ceilings: readonly FeeCeiling[]): number | undefined {
  const classTypes = fee.classType ? [fee.classType] : draft.classes.map((c) => c.type);
  const applicable = ceilings
    .filter((c) => c.serviceForm === fee.serviceForm && classTypes.includes(c.classType))
    .map((c) => c.maxMonthlyFen);
  return applicable.length > 0 ? Math.min(...applicable) : undefined;
}

function checkFees(draft: FilingDraft, ceilings: readonly FeeCeiling[]): FilingCheckResult[] {
  const results: FilingCheckResult[] = [
    {
      id: 'fees_present',
      ok: draft.fees.length > 0,
      standard: SOURCES.planFees,
      message:
        draft.fees.length > 0
          ? { zh: `已公示${draft.fees.length}项收费`, en: `${draft.fees.length} fee item(s) disclosed` }
          : {
              zh: '须至少填报一项收费并明码标价',
              en: 'At least one fee item must be stated (prices clearly marked)',
            },
      path: 'fees',
    },
  ];
  draft.fees.forEach((fee, i) => {
    const label = { zh: `第${i + 1}项收费“${fee.item}”`, en: `Fee ${i + 1} “${fee.item}”` };
    const amountOk = Number.isSafeInteger(fee.amountFen) && fee.amountFen > 0;
    results.push({
      id: 'fee_amount',
      ok: amountOk,
      standard: SOURCES.planFees,
      message: amountOk
        ? { zh: `${label.zh}：${formatYuan(fee.amountFen)}`, en: `${label.en}: ${formatYuan(fee.amountFen)}` }
        : {
            zh: `${label.zh}：金额须大于零且精确到分（${yuanOrRaw(fee.amountFen)}）`,
            en: `${label.en}: the amount must be above zero in whole fen (${yuanOrRaw(fee.amountFen)})`,
          },
      path: `fees[${i}].amountFen`,
    });

    const formOk = draft.serviceForms.includes(fee.serviceForm);
    const form = SERVICE_FORM_NAMES[fee.serviceForm];
    results.push({
      id: 'fee_service_form',
      ok: formOk,
      standard: SOURCES.planFees,
      message: formOk
        ? { zh: `${label.zh}：${form.zh}为本机构服务形式`, en: `${label.en}: ${form.en} is offered` }
        : {
            zh: `${label.zh}：本机构未选择${form.zh}服务形式，不能为其收费`,
            en: `${label.en}: ${form.en} is not among the provider's service forms`,
          },
      path: `fees[${i}].serviceForm`,
    });

    if (!draft.inclusive || fee.unit !== 'month') return;
    const max = ceilingFor(fee, draft, ceilings);
    if (max === undefined) return;
    const ceilingOk = amountOk && fee.amountFen <= max;
    results.push({
      id: 'fee_ceiling',
      ok: ceilingOk,
      standard: SOURCES.planFees,
      message: {
        zh: `${label.zh}：普惠机构月收费${yuanOrRaw(fee.amountFen)}，${ceilingOk ? '未超过' : '超过'}指导价上限${formatYuan(max)}/月`,
        en: `${label.en}: inclusive monthly fee ${yuanOrRaw(fee.amountFen)}, ${ceilingOk ? 'within' : 'above'} the guided ceiling of ${formatYuan(max)}/month`,
      },
      path: `fees[${i}].amountFen`,
    });
  });
  return results;
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
