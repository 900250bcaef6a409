/** Filing checks on the planned classes: size, carer ratio and class type for the provider kind (see filing-checks.ts). */
import { carerRatio, maxClassSize, minCarers } from './class-rules';
import type { FilingCheckResult, FilingDraft } from './filing-checks';
import type { ClassType, LocalizedText } from './provider-kinds';
import { CLASS_TYPE_NAMES } from './provider-kinds';
import type { Settings } from './settings';
import { SOURCES } from './sources';

/** Stated when a figure is a city setting rather than a national one (standards.md "param"). */
export const PARAM_NOTE = '（本市参数）';

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

export function checkClasses(draft: FilingDraft, settings: Settings): FilingCheckResult[] {
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
export function totalCapacity(draft: FilingDraft): number {
  return draft.classes.reduce((sum, c) => sum + (isCount(c.capacity) ? c.capacity : 0), 0);
}
