/**
 * The provider's side of the filing workflow: fill in the form (a draft, after a return, or a
 * change once filed) and submit it; the county then has 5 working days (filing-review.ts).
 */
import { can, type FilingData } from '@tuoyu/contracts';
import {
  addWorkingDays,
  type FilingAction,
  type FilingState,
  isFilingEditable,
  nextFilingState,
} from '@tuoyu/domain';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { conflict, forbidden, ruleBroken } from '../../platform/errors';
import type { Lang } from '../../platform/i18n';
import { nowIso, todayInBeijing } from '../../platform/time';
import { currentCalendar } from '../calendar/service';
import { findDivision } from '../reference/queries';
import { standardsSettings } from '../settings/service';
import { getFiling, loadFiling } from './filing';
import { checksFor, illegal, transition } from './filing-transition';
import * as q from './queries';
import { parseJson } from './view';

/** Saves the provider's form (draft, after a return, or a change once filed). */
export async function saveFiling(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  data: FilingData,
) {
  const row = await loadFiling(ctx, caller, id);
  if (!can(caller.role, 'filings.edit')) throw forbidden();
  if (!isFilingEditable(row.status as FilingState)) {
    throw conflict({
      zh: '备案审核期间不能修改，请等待审核结果',
      en: 'The filing cannot be edited while it is under review',
    });
  }
  const township = await findDivision(ctx.db, data.townshipCode);
  if (!township || township.parent_code !== row.division_code) {
    throw ruleBroken(
      { zh: '苏木乡镇(街道)不属于本机构所在旗县区', en: 'The township is not in the provider’s county' },
      [
        {
          path: 'townshipCode',
          message: { zh: '不属于本机构所在旗县区', en: 'Not in the provider’s county' },
        },
      ],
    );
  }
  const fileIds = data.documents.map((d) => d.fileId);
  if (fileIds.length) {
    const owned = await q.listProviderFiles(ctx.db, row.provider_id, fileIds);
    const missing = fileIds.filter((f) => !owned.some((o) => o.id === f));
    if (missing.length) {
      throw ruleBroken(
        {
          zh: `附件不存在或不属于本机构：${missing.join(', ')}`,
          en: `Unknown documents: ${missing.join(', ')}`,
        },
        [{ path: 'documents', message: { zh: '附件不存在或不属于本机构', en: 'Unknown document file' } }],
      );
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateFiling(trx, id, { data: JSON.stringify(data), updated_at: nowIso() });
    await recordAudit(trx, ctx.keys, actor, {
      action: 'filing.save',
      entityType: 'filing',
      entityId: id,
      divisionCode: row.division_code,
      changes: { classes: data.classes.length, fees: data.fees.length, documents: data.documents.length },
    });
  });
  return getFiling(ctx, caller, id);
}

/** Submits for filing (or a change once filed): 422 listing each failed standards check, else under review. */
export async function submitFiling(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  id: number,
  lang: Lang,
) {
  const row = await loadFiling(ctx, caller, id);
  if (!can(caller.role, 'filings.edit')) throw forbidden();
  const action: FilingAction = row.status === 'filed' ? 'submit_change' : 'submit';
  const to = nextFilingState(row.status as FilingState, action);
  if (!to) throw illegal(row.status, action);
  const data = parseJson<FilingData>(row.data);
  if (!data) {
    throw ruleBroken({ zh: '请先填写并保存备案信息', en: 'Fill in and save the filing form first' }, [
      { path: 'data', message: { zh: '备案信息未填写', en: 'The filing form is empty' } },
    ]);
  }
  const checks = await checksFor(ctx, row, data, lang);
  if (!checks.pass) {
    const failed = checks.results.filter((r) => !r.ok);
    throw ruleBroken(
      {
        zh: `有 ${failed.length} 项不符合标准，请修改后再提交`,
        en: `${failed.length} checks failed; correct them and submit again`,
      },
      failed.map((r) => ({
        path: r.path ?? r.id,
        message: { zh: `${r.message.zh}（${r.standard}）`, en: `${r.message.en} (${r.standard})` },
      })),
    );
  }
  const today = todayInBeijing();
  const { filingDeadlineWorkingDays } = await standardsSettings(ctx.db);
  const due = addWorkingDays(today, filingDeadlineWorkingDays, await currentCalendar(ctx.db));
  await ctx.db.transaction().execute(async (trx) => {
    await q.updateFiling(trx, id, {
      status: to,
      submitted_at: nowIso(),
      due_date: due,
      checks: JSON.stringify(checks.stored),
      return_reason: null,
      updated_at: nowIso(),
    });
    await transition(trx, ctx, caller, actor, row, action, to, null, { dueDate: due });
  });
  return { status: to, dueDate: due, checks: checks.stored };
}
