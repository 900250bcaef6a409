/**
 * A demo provider's classes (sized within the ratio rules) and fees (under the city's ceilings when
 * it is 普惠), and those ceilings themselves.
 */
import type { FilingData } from '@tuoyu/contracts';
import { type ClassType, minCarers, type ProviderKind, type ServiceForm } from '@tuoyu/domain';
import type { rng } from './rng';

/** Monthly 保育费 for full-day care, in yuan, by class type (demo ranges). */
const MONTHLY_FEE: Record<ClassType, [number, number]> = {
  infant: [1700, 2600],
  toddler_young: [1500, 2300],
  toddler_older: [1300, 2000],
  mixed: [1300, 2000],
  family: [1200, 1800],
};

/** The guided fee ceilings of the demo city (yuan per month, full day; half day 60 %). */
export const DEMO_FEE_CEILINGS: { classType: ClassType; serviceForm: ServiceForm; maxMonthlyFen: number }[] =
  [
    ['infant', 1800],
    ['toddler_young', 1600],
    ['toddler_older', 1500],
    ['mixed', 1500],
  ].flatMap(([t, y]) => [
    { classType: t as ClassType, serviceForm: 'full_day' as ServiceForm, maxMonthlyFen: Number(y) * 100 },
    {
      classType: t as ClassType,
      serviceForm: 'half_day' as ServiceForm,
      maxMonthlyFen: Math.round(Number(y) * 0.6) * 100,
    },
  ]);

export function classesFor(r: ReturnType<typeof rng>, kind: ProviderKind, big: boolean) {
  const cls = (type: ClassType, lo: number, hi: number, name: string) => {
    const capacity = r.int(lo, hi);
    return { type, name, capacity, carers: minCarers(type, capacity) + (r.next() < 0.3 ? 1 : 0) };
  };
  switch (kind) {
    case 'family_point':
      return [cls('family', 3, 5, '家庭托育班')];
    case 'kindergarten_class':
      return big
        ? [
            cls('toddler_older', 16, 20, '托班一班'),
            cls('toddler_older', 14, 20, '托班二班'),
            cls('toddler_older', 14, 20, '托班三班'),
          ]
        : [cls('toddler_older', 15, 20, '托班一班'), cls('toddler_older', 12, 20, '托班二班')];
    case 'employer':
      return [
        cls('toddler_young', 10, 15, '小小班'),
        cls('toddler_older', 14, 20, '小班一班'),
        cls('toddler_older', 12, 20, '小班二班'),
      ];
    default: {
      const list = [
        cls('infant', 6, 10, '乳儿班'),
        cls('toddler_young', 12, 15, '托小一班'),
        cls('toddler_young', 10, 15, '托小二班'),
        cls('toddler_older', 15, 20, '托大一班'),
      ];
      if (big) list.push(cls('toddler_older', 15, 20, '托大二班'), cls('infant', 6, 10, '乳儿二班'));
      return list;
    }
  }
}

export function feesFor(
  r: ReturnType<typeof rng>,
  forms: ServiceForm[],
  classes: { type: ClassType }[],
  inclusive: boolean,
) {
  const fees: FilingData['fees'] = [];
  for (const c of classes) {
    const [lo, hi] = MONTHLY_FEE[c.type];
    let full = r.int(lo / 10, hi / 10) * 10;
    if (inclusive) {
      const ceiling = DEMO_FEE_CEILINGS.find((x) => x.classType === c.type && x.serviceForm === 'full_day');
      if (ceiling) full = Math.min(full, ceiling.maxMonthlyFen / 100 - r.int(0, 20) * 10);
    }
    if (forms.includes('full_day'))
      fees.push({
        item: '保育费',
        serviceForm: 'full_day',
        classType: c.type,
        unit: 'month',
        amountFen: full * 100,
      });
    if (forms.includes('half_day'))
      fees.push({
        item: '保育费',
        serviceForm: 'half_day',
        classType: c.type,
        unit: 'month',
        amountFen: Math.round(full * 0.55) * 100,
      });
  }
  if (forms.includes('hourly'))
    fees.push({ item: '计时托费', serviceForm: 'hourly', unit: 'hour', amountFen: r.int(25, 45) * 100 });
  if (forms.includes('temporary'))
    fees.push({ item: '临时托费', serviceForm: 'temporary', unit: 'day', amountFen: r.int(80, 150) * 100 });
  const mealForm = forms.find((f) => f === 'full_day' || f === 'half_day');
  if (mealForm)
    fees.push({ item: '伙食费', serviceForm: mealForm, unit: 'day', amountFen: r.int(12, 22) * 100 });
  return fees;
}
