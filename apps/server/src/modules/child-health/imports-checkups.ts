/**
 * The check-ups import (an MCH system export): each row finds its child by birth certificate or
 * resident ID (keyed hash, inside the caller's scope, still on the register) and is assessed
 * exactly as one recorded check-up; every check-up is then written in one transaction.
 */
import { RecordCheckupBody } from '@tuoyu/contracts';
import { CHECKUP_KIND_NAMES, DEVELOPMENT_RESULT_NAMES } from '@tuoyu/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { type AuditActor, recordAudit } from '../../platform/audit';
import { lookupHash } from '../../platform/crypto';
import { msg, render } from '../../platform/i18n';
import { scopeOf } from '../../platform/scope';
import { todayInBeijing } from '../../platform/time';
import { describeIssue } from '../../platform/validation';
import { assessCheckup, writeCheckup } from './checkups';
import type { ImportKindDef, ImportRun, RowError, SheetRow } from './imports';
import { healthRules } from './ledger';
import { type ImportChild, scopedChildrenByHash } from './queries-imports';

type Trx = Transaction<Database>;

interface Visit {
  child: { id: number; birthDate: string };
  body: RecordCheckupBody;
  assessed: ReturnType<typeof assessCheckup>;
}

/** A name as printed (新生儿家庭访视) or its code (newborn_visit). */
const codeOf = (names: Readonly<Record<string, { zh: string }>>, s: string) =>
  Object.entries(names).find(([code, n]) => code === s || n.zh === s)?.[0] ?? s;

const num = (s: string) => (s === '' ? undefined : Number.isFinite(Number(s)) ? Number(s) : s);
const text = (s: string) => s || undefined;

function bodyOf(c: string[]) {
  const [, , kind, age, date, weight, length, head, hb, dev, feeding, guidance, referral, notes] = c.map(
    (x) => x ?? '',
  );
  return {
    kind: codeOf(CHECKUP_KIND_NAMES, kind ?? ''),
    ageMonths: num(age ?? ''),
    date,
    weightKg: num(weight ?? ''),
    lengthCm: num(length ?? ''),
    headCm: num(head ?? ''),
    hemoglobinGL: num(hb ?? ''),
    development: dev ? codeOf(DEVELOPMENT_RESULT_NAMES, dev) : undefined,
    feeding: text(feeding ?? ''),
    guidance: text(guidance ?? ''),
    referral: text(referral ?? ''),
    notes: text(notes ?? ''),
  };
}

const NOT_FOUND = msg(
  '未找到该儿童（未登记或不在您的辖区）',
  'No such child on the register in your jurisdiction',
);
const NO_KEY = msg(
  '须填写出生医学证明编号或身份证号码',
  'Give the birth certificate number or the resident ID number',
);
const OFF_REGISTER = msg('该儿童已不在册', 'The child is off the register');

/** The hash a row finds its child by: the birth certificate first, else the resident ID. */
function keyOf(run: ImportRun, c: string[]) {
  const cert = (c[0] ?? '').toUpperCase();
  const rid = (c[1] ?? '').toUpperCase();
  if (cert) return { path: 'birthCertificateNo', hash: lookupHash(run.ctx.keys, cert) };
  if (rid) return { path: 'residentId', hash: lookupHash(run.ctx.keys, rid) };
  return null;
}

async function check(run: ImportRun, rows: SheetRow[], errors: RowError[]): Promise<Visit[]> {
  const { lang } = run;
  const keys = rows.map((r) => keyOf(run, r.cells));
  const hashes = [...new Set(keys.flatMap((k) => k?.hash ?? []))];
  const byHash = new Map<string, ImportChild>();
  for (const c of await scopedChildrenByHash(run.ctx.db, scopeOf(run.caller), hashes)) {
    if (c.birth_cert_hash) byHash.set(c.birth_cert_hash, c);
    if (c.resident_id_hash) byHash.set(c.resident_id_hash, c);
  }
  const today = todayInBeijing();
  const visits: Visit[] = [];
  let checked = 0;
  for (const [i, { row, cells }] of rows.entries()) {
    const key = keys[i];
    const child = key ? byHash.get(key.hash) : undefined;
    if (!key) errors.push({ row, path: 'birthCertificateNo', message: render(NO_KEY, lang) });
    else if (!child) errors.push({ row, path: key.path, message: render(NOT_FOUND, lang) });
    else if (child.status !== 'active')
      errors.push({ row, path: key.path, message: render(OFF_REGISTER, lang) });
    const parsed = RecordCheckupBody.safeParse(bodyOf(cells), { reportInput: true });
    if (!parsed.success)
      for (const issue of parsed.error.issues) errors.push({ row, ...describeIssue(issue, lang, 'row') });
    else if (child) {
      const assessed = assessCheckup({ sex: child.sex, birthDate: child.birth_date }, parsed.data, today);
      for (const p of assessed.problems) errors.push({ row, path: p.path, message: render(p.message, lang) });
      visits.push({ child: { id: child.id, birthDate: child.birth_date }, body: parsed.data, assessed });
    }
    await run.progress(++checked);
  }
  return visits;
}

async function write(trx: Trx, run: ImportRun, actor: AuditActor, visits: Visit[]) {
  const rules = await healthRules(trx);
  const recorder = { id: run.caller.id, name: run.caller.displayName };
  for (const v of visits) await writeCheckup(trx, run.ctx, v.child, v.body, v.assessed, recorder, rules);
  await recordAudit(trx, run.ctx.keys, actor, {
    action: 'health_checkup.import',
    entityType: 'health_import',
    entityId: run.id,
    divisionCode: run.caller.divisionCode,
    changes: { kind: 'checkups', count: visits.length },
  });
  return visits.length;
}

export const CHECKUPS: ImportKindDef<Visit> = {
  sheet: '健康检查',
  headers: [
    '出生医学证明编号',
    '身份证号码',
    '检查类型',
    '月龄',
    '检查日期',
    '体重(kg)',
    '身长(cm)',
    '头围(cm)',
    '血红蛋白(g/L)',
    '发育评估',
    '喂养',
    '指导',
    '转诊',
    '备注',
  ],
  example: [
    'Q150123456',
    '',
    '健康检查',
    '3',
    '2026-06-01',
    '6.4',
    '61.5',
    '40.5',
    '118',
    '正常',
    '纯母乳喂养',
    '按时添加维生素 D',
    '',
    '',
  ],
  notes: [
    '出生医学证明编号或身份证号码填一项，用于查找已登记且在您辖区内的儿童。',
    `检查类型：${Object.values(CHECKUP_KIND_NAMES)
      .map((n) => n.zh)
      .join('、')}；健康检查须填月龄（3、6、8、12、18、24、30 或 36）。`,
    `发育评估：${Object.values(DEVELOPMENT_RESULT_NAMES)
      .map((n) => n.zh)
      .join('、')}（可不填）。`,
    '体重单位千克，身长、头围单位厘米，血红蛋白单位 g/L。',
  ],
  check,
  write,
};
