/**
 * Excel import of existing providers by a registering unit (SPEC C1, C14): a template to fill in,
 * every row checked exactly as a single registration, a row-level error report, and nothing
 * written unless every row is right (one transaction).
 */
import { RegistrationBody } from '@tuoyu/contracts';
import { LEGAL_FORM_NAMES, PROVIDER_KIND_NAMES, SERVICE_FORM_NAMES } from '@tuoyu/domain';
import ExcelJS from 'exceljs';
import type { AuditActor } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { cellText, readWorkbook } from '../../platform/excel';
import type { Lang } from '../../platform/i18n';
import { describeIssue } from '../../platform/validation';
import * as q from './queries';
import { assertRegisteringUnit, insertRegistration, registrationProblems } from './registration';

export const MAX_IMPORT_ROWS = 2000;

/** Template columns: header text, the body field, and how a cell becomes a value. */
const COLUMNS = [
  { header: '机构名称', field: 'name' },
  { header: '统一社会信用代码', field: 'creditCode' },
  { header: '法人类型', field: 'legalForm', names: LEGAL_FORM_NAMES },
  { header: '机构类型', field: 'kind', names: PROVIDER_KIND_NAMES },
  { header: '旗县区代码', field: 'divisionCode' },
  { header: '苏木乡镇(街道)代码', field: 'townshipCode' },
  { header: '地址', field: 'address' },
  { header: '服务形式', field: 'serviceForms', names: SERVICE_FORM_NAMES },
  { header: '法定代表人', field: 'legalRepresentative' },
  { header: '联系电话', field: 'contactPhone' },
] as const;

/** A code given either as itself or by its Chinese or English name. */
function codeOf(names: Readonly<Record<string, { zh: string; en: string }>>, text: string): string {
  const t = text.trim();
  const hit = Object.entries(names).find(
    ([code, n]) => code === t || n.zh === t || n.en.toLowerCase() === t.toLowerCase(),
  );
  return hit ? hit[0] : t;
}

export async function importTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('登记信息');
  ws.columns = COLUMNS.map((c) => ({
    header: c.header,
    width: c.field === 'name' || c.field === 'address' ? 32 : 18,
  }));
  ws.getRow(1).font = { bold: true };
  ws.addRow([
    '临河区示例全日托托育中心',
    '91150802MA0000001X',
    LEGAL_FORM_NAMES.enterprise.zh,
    PROVIDER_KIND_NAMES.institution.zh,
    '150802',
    '150802004',
    '临河区胜利路 1 号',
    `${SERVICE_FORM_NAMES.full_day.zh}、${SERVICE_FORM_NAMES.hourly.zh}`,
    '王建国',
    '0478-8123456',
  ]);
  const help = wb.addWorksheet('填写说明');
  help.addRows([
    ['第 2 行是示例，导入前请删除或替换。'],
    [
      `法人类型：${Object.values(LEGAL_FORM_NAMES)
        .map((n) => n.zh)
        .join('、')}`,
    ],
    [
      `机构类型：${Object.values(PROVIDER_KIND_NAMES)
        .map((n) => n.zh)
        .join('、')}`,
    ],
    [
      `服务形式（可多选，用顿号分隔）：${Object.values(SERVICE_FORM_NAMES)
        .map((n) => n.zh)
        .join('、')}`,
    ],
    ['名称须含“托育”和服务形式（巴政办发〔2021〕20号 (四)1）；有一行出错则整个文件不导入。'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface RowError {
  row: number;
  path: string;
  message: string;
}

export async function importRegistrations(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  file: Buffer,
  lang: Lang,
) {
  assertRegisteringUnit(caller);
  const wb = await readWorkbook(file);
  const ws = wb.worksheets[0];
  const rows: { row: number; body: Record<string, unknown> }[] = [];
  ws?.eachRow((r, n) => {
    if (n === 1) return;
    const texts = COLUMNS.map((_, i) => cellText(r.getCell(i + 1).value));
    if (texts.every((t) => t === '')) return;
    const body: Record<string, unknown> = {};
    COLUMNS.forEach((c, i) => {
      const t = texts[i] ?? '';
      if (c.field === 'serviceForms')
        body[c.field] = t
          .split(/[、,，;；\s]+/)
          .filter(Boolean)
          .map((x) => codeOf(c.names, x));
      else if ('names' in c) body[c.field] = codeOf(c.names, t);
      else if (c.field === 'townshipCode') body[c.field] = t || undefined;
      else body[c.field] = t;
    });
    rows.push({ row: n, body });
  });
  if (rows.length === 0)
    throw new AppError('rule.violated', {
      reasonZh: '文件中没有数据行',
      reasonEn: 'The file has no data rows',
    });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppError('rule.violated', {
      reasonZh: `一次最多导入 ${MAX_IMPORT_ROWS} 行`,
      reasonEn: `At most ${MAX_IMPORT_ROWS} rows per file`,
    });
  }

  const errors: RowError[] = [];
  const valid: { row: number; body: RegistrationBody }[] = [];
  const seen = new Map<string, number>();
  for (const { row, body } of rows) {
    const parsed = RegistrationBody.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ row, ...describeIssue(issue, lang, 'row') });
      continue;
    }
    const b = parsed.data;
    for (const p of await registrationProblems(ctx, caller, b))
      errors.push({ row, path: p.path, message: p.message[lang] });
    const first = seen.get(b.creditCode);
    if (first)
      errors.push({
        row,
        path: 'creditCode',
        message: lang === 'zh' ? `与第 ${first} 行的信用代码重复` : `Same credit code as row ${first}`,
      });
    else seen.set(b.creditCode, row);
    if (await q.findProviderByCreditCode(ctx.db, b.creditCode)) {
      errors.push({
        row,
        path: 'creditCode',
        message: lang === 'zh' ? '该统一社会信用代码已登记' : 'This credit code is already registered',
      });
    }
    valid.push({ row, body: b });
  }
  if (errors.length) {
    const rowsWithErrors = new Set(errors.map((e) => e.row)).size;
    throw new AppError(
      'rule.violated',
      {
        reasonZh: `有 ${rowsWithErrors} 行不符合要求，整个文件未导入；请按错误清单修改后重新上传`,
        reasonEn: `${rowsWithErrors} rows are wrong; nothing was imported. Correct them and upload again`,
      },
      // Paths name the Excel row: rows.5.creditCode is row 5 of the sheet.
      errors.map((e) => ({ path: `rows.${e.row}.${e.path}`, message: { zh: e.message, en: e.message } })),
    );
  }
  const created = await ctx.db.transaction().execute(async (trx) => {
    const out = [];
    for (const v of valid) out.push(await insertRegistration(trx, ctx, caller, actor, v.body));
    return out;
  });
  return { imported: created.length };
}
