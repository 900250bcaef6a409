/**
 * Bulk staff import from Excel (issue 4 item 4): every row checked exactly as one hire — ID number,
 * mobile, the ban list, employment elsewhere, duplicates inside the file — a row-level error
 * report, and nothing written unless every row is right. Refused hires of banned people are
 * audited even though the file is refused, so the county sees them.
 */
import { CreateStaffBody, type STAFF_ROLES } from '@tuoyu/contracts';
import { isValidResidentId } from '@tuoyu/domain';
import ExcelJS from 'exceljs';
import type { AuditActor } from '../../platform/audit';
import type { AppContext, SessionUser } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { cellText, readWorkbook } from '../../platform/excel';
import type { Lang } from '../../platform/i18n';
import { ownProvider } from '../../platform/provider-access';
import { describeIssue } from '../../platform/validation';
import { providerDivision } from './queries';
import { hireProblems, insertStaff, recordRefusedHire } from './service';

const ROLE_NAMES: Record<(typeof STAFF_ROLES)[number], string> = {
  head: '负责人',
  carer: '保育人员',
  health: '保健人员',
  guard: '保安人员',
  cook: '炊事人员',
  other: '其他',
};
const HEADERS = [
  '姓名',
  '身份证号码',
  '岗位',
  '手机号码',
  '资格证书名称',
  '证书编号',
  '证书有效期至',
  '最近健康检查日期',
  '无犯罪记录证明日期',
  '入职日期',
];

export async function staffTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('从业人员');
  ws.columns = HEADERS.map((h) => ({ header: h, width: h.length > 6 ? 20 : 14 }));
  ws.getRow(1).font = { bold: true };
  ws.addRow([
    '李秀兰',
    '15080219900101002X',
    '保育人员',
    '13800000000',
    '保育师证',
    'BY-0001',
    '2028-12-31',
    '2026-03-01',
    '2026-03-01',
    '2026-03-15',
  ]);
  wb.addWorksheet('填写说明').addRows([
    ['第 2 行是示例，导入前请删除或替换。'],
    [`岗位：${Object.values(ROLE_NAMES).join('、')}`],
    ['日期格式：2026-03-15。有一行出错则整个文件不导入；列入从业禁止名单的人员将被拒绝并记录。'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const roleOf = (s: string) =>
  Object.entries(ROLE_NAMES).find(([code, name]) => code === s || name === s)?.[0] ?? s;

export async function importStaff(
  ctx: AppContext,
  caller: SessionUser,
  actor: AuditActor,
  file: Buffer,
  lang: Lang,
) {
  const providerId = ownProvider(caller);
  const provider = await providerDivision(ctx.db, providerId);
  const wb = await readWorkbook(file);
  const rows: { row: number; body: Record<string, unknown> }[] = [];
  wb.worksheets[0]?.eachRow((r, n) => {
    if (n === 1) return;
    const c = HEADERS.map((_, i) => cellText(r.getCell(i + 1).value));
    if (c.every((x) => x === '')) return;
    rows.push({
      row: n,
      body: {
        name: c[0],
        residentId: c[1],
        role: roleOf(c[2] ?? ''),
        mobile: c[3] || undefined,
        qualifications: c[4] ? [{ type: c[4], number: c[5] || '—', validUntil: c[6] || null }] : [],
        healthExamDate: c[7] || null,
        noCriminalRecordDate: c[8] || null,
        hiredOn: c[9],
      },
    });
  });
  if (rows.length === 0)
    throw new AppError('rule.violated', {
      reasonZh: '文件中没有数据行',
      reasonEn: 'The file has no data rows',
    });

  const errors: { path: string; message: { zh: string; en: string } }[] = [];
  const valid: CreateStaffBody[] = [];
  const seen = new Map<string, number>();
  for (const { row, body } of rows) {
    const parsed = CreateStaffBody.safeParse(body, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const d = describeIssue(issue, lang, 'row');
        errors.push({ path: `rows.${row}.${d.path}`, message: { zh: d.message, en: d.message } });
      }
      // Report the ID number too, so one pass lists every problem of the row.
      if (!isValidResidentId(String(body.residentId ?? ''))) {
        errors.push({
          path: `rows.${row}.residentId`,
          message: {
            zh: '身份证号码无效（GB 11643-1999）',
            en: 'Invalid resident ID number (GB 11643-1999)',
          },
        });
      }
      continue;
    }
    const b = parsed.data;
    const { problems, banId, employment } = await hireProblems(ctx, providerId, b);
    if (banId !== null) await recordRefusedHire(ctx, actor, banId, providerId, provider.division_code, b);
    for (const p of problems) errors.push({ path: `rows.${row}.${p.path}`, message: p.message });
    if (employment) errors.push({ path: `rows.${row}.residentId`, message: employment });
    const first = seen.get(b.residentId);
    if (first)
      errors.push({
        path: `rows.${row}.residentId`,
        message: { zh: `与第 ${first} 行是同一人`, en: `Same person as row ${first}` },
      });
    else seen.set(b.residentId, row);
    valid.push(b);
  }
  if (errors.length) {
    throw new AppError(
      'rule.violated',
      {
        reasonZh: '有数据行不符合要求，整个文件未导入；请按错误清单修改后重新上传',
        reasonEn: 'Some rows are wrong; nothing was imported. Correct them and upload again',
      },
      errors,
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    for (const b of valid) await insertStaff(trx, ctx, actor, providerId, provider.division_code, b);
  });
  return { imported: valid.length };
}
