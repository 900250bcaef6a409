/**
 * The office's steps of the annual assessment (督查考核, 三(三)): set the weights (each kind's summing
 * to 100, else 422), compute the snapshot (replacing the previous one until publication), add a mark
 * with its reason (±10 in total per county or unit, 0.5 steps), publish. After publication every step
 * is 409. Every step audited.
 */
import type { JcAssessMarkBody, JcAssessWeightsResult, JcWeights } from '@tuoyu/contracts';
import { markAllowed, weightProblems } from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, ruleBroken } from '../../platform/errors';
import { msg } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import { figuresOf } from './figures';
import {
  assessmentOf,
  counties,
  insertAssessment,
  insertMark,
  marksOf,
  replaceSnapshot,
  units,
  updateUnpublished,
} from './queries';
import { parseWeights } from './result';

const published = () =>
  conflict(
    msg('该年度考核结果已发布，不能再修改', 'This year’s assessment is published and can no longer change'),
  );

/** The year's row, created with the default weights when missing. */
async function ensureYear(ctx: AppContext, year: number) {
  const a = await assessmentOf(ctx.db, year);
  if (a) return a;
  const row = { year, weights: JSON.stringify(parseWeights(null)), updated_at: nowIso() };
  await insertAssessment(ctx.db, row); // or a concurrent first write made it
  return (await assessmentOf(ctx.db, year)) ?? { ...row, computed_weights: null, published_at: null };
}

export async function getWeights(ctx: AppContext, year: number): Promise<JcAssessWeightsResult> {
  const a = await assessmentOf(ctx.db, year);
  const status = a?.published_at ? 'published' : a?.computed_at ? 'computed' : 'draft';
  return { year, weights: parseWeights(a?.weights), status };
}

export async function putWeights(ctx: AppContext, actor: AuditActor, year: number, w: JcWeights) {
  const problems = weightProblems(w);
  if (problems.length)
    throw ruleBroken(
      msg('各类指标权重之和须为100', 'Each kind’s weights must sum to 100'),
      problems.map((p) => ({
        path: p.path,
        message: msg(
          p.sum === undefined ? '权重须为0–100的整数' : `权重合计${p.sum}，须为100`,
          p.sum === undefined ? 'A weight is an integer 0–100' : `The weights sum to ${p.sum}, not 100`,
        ),
      })),
    );
  await ensureYear(ctx, year);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await updateUnpublished(trx, year, { weights: JSON.stringify(w), updated_at: nowIso() })))
      throw published();
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.assessment.weights',
      entityType: 'jc_assessment',
      entityId: year,
      changes: { weights: w },
    });
  });
  return getWeights(ctx, year);
}

export async function compute(ctx: AppContext, caller: SessionUser, actor: AuditActor, year: number) {
  const a = await ensureYear(ctx, year);
  if (a.published_at) throw published();
  const { asOf, rows } = await figuresOf(ctx, year);
  await ctx.db.transaction().execute(async (trx) => {
    const at = nowIso();
    const set = {
      computed_weights: a.weights,
      as_of: asOf,
      computed_at: at,
      computed_by: caller.id,
      updated_at: at,
    };
    if (!(await updateUnpublished(trx, year, set))) throw published();
    await replaceSnapshot(
      trx,
      year,
      rows.map((r) => ({ kind: r.kind, code: r.code, figures: JSON.stringify(r.figures) })),
    );
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.assessment.compute',
      entityType: 'jc_assessment',
      entityId: year,
      changes: { asOf, rows: rows.length, weights: JSON.parse(a.weights) },
    });
  });
  return { ok: true as const };
}

export async function addMark(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  year: number,
  b: JcAssessMarkBody,
) {
  const { kind, code } = b.target;
  const known = kind === 'county' ? await counties(ctx.db) : await units(ctx.db);
  if (!known.some((k) => k.code === code))
    throw ruleBroken(msg('考核对象不存在', 'No such county or unit'), [
      { path: 'target.code', message: msg('考核对象不存在', 'No such county or unit') },
    ]);
  const a = await ensureYear(ctx, year);
  if (a.published_at) throw published();
  return ctx.db.transaction().execute(async (trx) => {
    const existing = (await marksOf(trx, year)).filter((m) => m.kind === kind && m.code === code);
    if (
      !markAllowed(
        existing.map((m) => m.tenths / 10),
        b.points,
      )
    )
      throw ruleBroken(
        msg('加减分以0.5分为单位，合计须在−10至+10分之间', 'Marks go in 0.5 steps and total −10 … +10'),
        [{ path: 'points', message: msg('超出加减分范围', 'Outside the allowed marks') }],
      );
    // Serialises marks of one year: the update waits for a concurrent one (and refuses if published).
    if (!(await updateUnpublished(trx, year, { updated_at: nowIso() }))) throw published();
    const id = await insertMark(trx, {
      year,
      kind,
      code,
      tenths: Math.round(b.points * 10),
      reason: b.reason,
      by_user: caller.id,
      at: nowIso(),
    });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.assessment.mark',
      entityType: 'jc_assessment',
      entityId: year,
      changes: { kind, code, points: b.points, reason: b.reason, markId: id },
    });
    return { id };
  });
}

export async function publish(ctx: AppContext, caller: SessionUser, actor: AuditActor, year: number) {
  const a = await assessmentOf(ctx.db, year);
  if (a?.published_at) throw published();
  if (!a?.computed_at || a.computed_weights !== a.weights)
    throw conflict(msg('请先按当前权重计算考核结果', 'Compute the results with the current weights first'));
  await ctx.db.transaction().execute(async (trx) => {
    const at = nowIso();
    if (!(await updateUnpublished(trx, year, { published_at: at, published_by: caller.id, updated_at: at })))
      throw published();
    await recordAudit(trx, ctx.keys, actor, {
      action: 'jc.assessment.publish',
      entityType: 'jc_assessment',
      entityId: year,
      changes: { computedAt: a.computed_at },
    });
  });
  return { ok: true as const };
}
