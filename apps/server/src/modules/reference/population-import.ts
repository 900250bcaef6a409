/** Resident population by division and year, imported from Excel (SPEC §3: "input by the statistics side, or imported"). */
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { Lang } from '../../platform/i18n';
import { nowIso } from '../../platform/time';
import * as q from './queries';

const Row = z.object({
  divisionCode: z.string().regex(/^\d{6}$/),
  year: z.coerce.number().int().min(1950).max(2100),
  residents: z.coerce.number().int().min(0).max(100_000_000),
  source: z.string().trim().min(1).max(200),
});

export async function populationTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('常住人口');
  ws.columns = [
    { header: '区划代码', width: 12 },
    { header: '区划名称(参考)', width: 14 },
    { header: '年份', width: 8 },
    { header: '常住人口', width: 12 },
    { header: '数据来源', width: 30 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.addRow(['150802', '临河区', 2025, 580000, '巴彦淖尔市统计年鉴2026']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const text = (v: ExcelJS.CellValue) =>
  v == null ? '' : typeof v === 'object' && 'result' in v ? String(v.result ?? '') : String(v).trim();

export async function importPopulations(ctx: AppContext, actor: AuditActor, file: Buffer, lang: Lang) {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError('rule.violated', {
      reasonZh: '无法读取该文件，请使用 Excel 模板（.xlsx）',
      reasonEn: 'Cannot read the file: use the Excel template (.xlsx)',
    });
  }
  const rows: { row: number; data: z.infer<typeof Row> }[] = [];
  const errors: { path: string; message: { zh: string; en: string } }[] = [];
  const divisions = new Map((await q.listDivisions(ctx.db)).map((d) => [d.code, d]));
  wb.worksheets[0]?.eachRow((r, n) => {
    if (n === 1) return;
    const cells = [1, 3, 4, 5].map((i) => text(r.getCell(i).value));
    if (cells.every((c) => c === '')) return;
    const parsed = Row.safeParse({
      divisionCode: cells[0],
      year: cells[1],
      residents: cells[2],
      source: cells[3],
    });
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        errors.push({ path: `rows.${n}.${i.path.join('.')}`, message: { zh: i.message, en: i.message } });
      return;
    }
    const d = divisions.get(parsed.data.divisionCode);
    if (!d || d.level === 'township') {
      errors.push({
        path: `rows.${n}.divisionCode`,
        message: { zh: '不是本市或旗县区的区划代码', en: 'Not the city or one of its counties' },
      });
      return;
    }
    rows.push({ row: n, data: parsed.data });
  });
  if (!rows.length && !errors.length)
    throw new AppError('rule.violated', {
      reasonZh: '文件中没有数据行',
      reasonEn: 'The file has no data rows',
    });
  if (errors.length) {
    throw new AppError(
      'rule.violated',
      {
        reasonZh: '有数据行不符合要求，整个文件未导入',
        reasonEn: 'Some rows are wrong; nothing was imported',
      },
      errors,
    );
  }
  const now = nowIso();
  await ctx.db.transaction().execute(async (trx) => {
    for (const { data } of rows) {
      await q.upsertPopulation(trx, {
        division_code: data.divisionCode,
        year: data.year,
        residents: data.residents,
        source: data.source,
        updated_at: now,
      });
    }
    await recordAudit(trx, ctx.keys, actor, {
      action: 'population.import',
      entityType: 'population',
      changes: { rows: rows.map((r) => `${r.data.divisionCode}/${r.data.year}=${r.data.residents}`) },
    });
  });
  void lang;
  return { imported: rows.length };
}
