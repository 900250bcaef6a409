/** Resident population by division and year, imported from Excel (SPEC §3: "input by the statistics side, or imported"). */
import { Text } from '@tuoyu/contracts';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { type AuditActor, recordAudit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { cellText, readWorkbook } from '../../platform/excel';
import { nowIso } from '../../platform/time';
import * as q from './queries';

const Row = z.object({
  divisionCode: z.string().regex(/^\d{6}$/),
  year: z.coerce.number().int().min(1950).max(2100),
  residents: z.coerce.number().int().min(0).max(100_000_000),
  source: Text(200),
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

/** What each column needs, said plainly: the row error names the column, not a pattern. */
const FIELD_RULES: Record<string, { zh: string; en: string }> = {
  divisionCode: {
    zh: '区划代码须为本市或旗县区的 6 位代码，如 150802',
    en: 'Division code: the 6-digit code of the city or a county, e.g. 150802',
  },
  year: { zh: '年份须为 4 位数字，如 2025', en: 'Year: four digits, e.g. 2025' },
  residents: { zh: '常住人口须为不小于 0 的整数', en: 'Residents: a whole number, 0 or more' },
  source: { zh: '须填写数据来源', en: 'Source: required' },
};
const DIVISION_RULE = FIELD_RULES.divisionCode as { zh: string; en: string };

export async function importPopulations(ctx: AppContext, actor: AuditActor, file: Buffer) {
  const wb = await readWorkbook(file);
  const rows: { row: number; data: z.infer<typeof Row> }[] = [];
  const errors: { path: string; message: { zh: string; en: string } }[] = [];
  const divisions = new Map((await q.listDivisions(ctx.db)).map((d) => [d.code, d]));
  wb.worksheets[0]?.eachRow((r, n) => {
    if (n === 1) return;
    const cells = [1, 3, 4, 5].map((i) => cellText(r.getCell(i).value));
    if (cells.every((c) => c === '')) return;
    const parsed = Row.safeParse({
      divisionCode: cells[0],
      year: cells[1],
      residents: cells[2],
      source: cells[3],
    });
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const field = String(i.path[0] ?? 'row');
        errors.push({
          path: `rows.${n}.${field}`,
          message: FIELD_RULES[field] ?? { zh: i.message, en: i.message },
        });
      }
      return;
    }
    const d = divisions.get(parsed.data.divisionCode);
    if (!d || d.level === 'township') {
      errors.push({
        path: `rows.${n}.divisionCode`,
        message: DIVISION_RULE,
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
  return { imported: rows.length };
}
