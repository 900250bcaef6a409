/** Filing checks on premises, insurance and required documents (see filing-checks.ts). */
import { isoDateToDayNumber, isValidIsoDate } from './calendar-date';
import type { FilingCheckResult, FilingDraft, FilingInsurance } from './filing-checks';
import { PARAM_NOTE, totalCapacity } from './filing-checks-classes';
import { DOCUMENT_TYPE_NAMES, requiredDocuments } from './filing-documents';
import type { Settings } from './settings';
import { SOURCES } from './sources';

/** Area to centimetre-square precision, so 3 × 1.1 m² is 3.3 m² and not 3.3000000000000003. */
function areaM2(n: number): number {
  return Math.round(n * 100) / 100;
}

export function checkPremises(draft: FilingDraft, settings: Settings): FilingCheckResult[] {
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

export function checkInsurance(insurance: FilingInsurance | null, today: string): FilingCheckResult {
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

export function checkDocuments(draft: FilingDraft): FilingCheckResult[] {
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
