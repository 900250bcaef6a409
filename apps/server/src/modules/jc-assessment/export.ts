/**
 * The result table as Excel (督查考核, 三(三)): one row per county and unit the caller may see, each
 * indicator's figure and score, marks, final score, rank and grade. Rates are fractions formatted as
 * percentages, scores numbers with two decimals, so the office can sort and sum them in Excel.
 */
import type { JcAssessRow } from '@tuoyu/contracts';
import { JC_COUNTY_INDICATORS, JC_UNIT_INDICATORS, type JcAssessIndicator, labelOf } from '@tuoyu/domain';
import type { FastifyReply } from 'fastify';
import type { AppContext, SessionUser } from '../../platform/context';
import { type Column, sendXlsx } from '../../platform/excel';
import type { Lang } from '../../platform/i18n';
import { assessment } from './result';

const SCORE = '0.00';
const of = (r: JcAssessRow, i: JcAssessIndicator) => r.indicators.find((x) => x.indicator === i);

function indicatorColumns(i: JcAssessIndicator): Column<JcAssessRow>[] {
  const name = (l: Lang) => labelOf('jcAssessIndicator', i, l);
  const isPlaces = i === 'places';
  return [
    {
      header: { zh: name('zh'), en: name('en') },
      width: 14,
      numFmt: isPlaces ? SCORE : '0.00%',
      value: (r) => {
        const v = of(r, i)?.value;
        if (v === null || v === undefined) return null;
        return isPlaces ? v : v / 100;
      },
    },
    {
      header: { zh: `${name('zh')}得分`, en: `${name('en')} score` },
      width: 12,
      numFmt: SCORE,
      value: (r) => of(r, i)?.score ?? null,
    },
  ];
}

function columns(indicators: readonly JcAssessIndicator[]): Column<JcAssessRow>[] {
  return [
    { header: { zh: '考核对象', en: 'Assessed' }, width: 18, value: (r) => r.name },
    { header: { zh: '类别', en: 'Kind' }, width: 10, value: (r, l) => labelOf('jcAssessKind', r.kind, l) },
    ...indicators.flatMap(indicatorColumns),
    { header: { zh: '指标得分', en: 'Indicator score' }, numFmt: SCORE, value: (r) => r.baseScore },
    { header: { zh: '加减分', en: 'Marks' }, numFmt: '+0.0;-0.0;0', value: (r) => r.marksTotal },
    {
      header: { zh: '加减分理由', en: 'Reasons' },
      width: 30,
      value: (r) => r.marks.map((m) => `${m.points > 0 ? '+' : ''}${m.points}：${m.reason}`).join('；'),
    },
    { header: { zh: '最终得分', en: 'Final score' }, numFmt: SCORE, value: (r) => r.finalScore },
    { header: { zh: '排名', en: 'Rank' }, width: 8, value: (r) => r.rank },
    {
      header: { zh: '等次', en: 'Grade' },
      width: 10,
      value: (r, l) => (r.grade ? labelOf('jcGrade', r.grade, l) : ''),
    },
  ];
}

export async function exportAssessment(
  ctx: AppContext,
  caller: SessionUser,
  reply: FastifyReply,
  lang: Lang,
  year: number,
) {
  const a = await assessment(ctx, caller, year);
  // One sheet: counties first, then units; each row fills the columns of its own indicators.
  const rows = [...a.counties, ...a.units];
  const cols = columns([...JC_COUNTY_INDICATORS, ...JC_UNIT_INDICATORS]);
  return sendXlsx(reply, lang, { zh: `${year}年度督查考核结果`, en: `Assessment ${year}` }, cols, rows);
}
