/** Filing checks on fees: well-formed amounts and the city ceilings for inclusive care (see filing-checks.ts). */
import type { FeeCeiling, FilingCheckResult, FilingDraft, FilingFee } from './filing-checks';
import { formatYuan } from './money';
import { SERVICE_FORM_NAMES } from './provider-kinds';
import { SOURCES } from './sources';

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

export function checkFees(draft: FilingDraft, ceilings: readonly FeeCeiling[]): FilingCheckResult[] {
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
