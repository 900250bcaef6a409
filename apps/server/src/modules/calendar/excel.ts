/**
 * 节假日安排 in Excel: the year's current days as a template (日期 · 类型 · 名称), and its import,
 * which replaces the year's schedule like PUT — all rows or none, errors per row
 * (`rows.<excel row>.<field>`, decision 21).
 */
import { CalendarDay } from '@tuoyu/contracts';
import ExcelJS from 'exceljs';
import type { AuditActor } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { AppError, type FieldError } from '../../platform/errors';
import { cellText, readWorkbook } from '../../platform/excel';
import { checkSchedule, getCalendarYear, putCalendarYear } from './service';

const KIND_LABEL = { holiday: '放假', workday: '上班' } as const;
const KIND_OF: Record<string, CalendarDay['kind']> = {
  放假: 'holiday',
  holiday: 'holiday',
  上班: 'workday',
  workday: 'workday',
};

export async function calendarWorkbook(ctx: AppContext, year: number): Promise<Buffer> {
  const { days } = await getCalendarYear(ctx.db, year);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`${year}年节假日安排`);
  ws.columns = [
    { header: '日期 (YYYY-MM-DD)', width: 18 },
    { header: '类型 (放假/上班)', width: 16 },
    { header: '名称', width: 20 },
  ];
  ws.getRow(1).font = { bold: true };
  // Dates as text: a date cell would come back shifted by the reader's time zone.
  for (const d of days) ws.addRow([d.date, KIND_LABEL[d.kind], d.name]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const DATE_RULE = { zh: '日期须为 YYYY-MM-DD 格式的真实日期', en: 'Date: a real date written YYYY-MM-DD' };
const FIELD_RULES: Record<string, { zh: string; en: string }> = {
  date: DATE_RULE,
  kind: { zh: '类型须为“放假”或“上班”', en: 'Kind: 放假 (holiday) or 上班 (workday)' },
  name: { zh: '须填写名称（不超过 30 字）', en: 'Name: required, at most 30 characters' },
};

export async function importCalendar(ctx: AppContext, actor: AuditActor, year: number, file: Buffer) {
  const wb = await readWorkbook(file);
  const days: CalendarDay[] = [];
  const rowOf: number[] = [];
  const errors: FieldError[] = [];
  wb.worksheets[0]?.eachRow((r, n) => {
    if (n === 1) return;
    const [date, kind, name] = [1, 2, 3].map((i) => cellText(r.getCell(i).value));
    if (!date && !kind && !name) return;
    const parsed = CalendarDay.safeParse({ date, kind: KIND_OF[kind ?? ''] ?? kind, name });
    if (!parsed.success) {
      for (const field of new Set(parsed.error.issues.map((i) => String(i.path[0] ?? 'date')))) {
        errors.push({ path: `rows.${n}.${field}`, message: FIELD_RULES[field] ?? DATE_RULE });
      }
      return;
    }
    days.push(parsed.data);
    rowOf.push(n);
  });
  if (!errors.length) {
    try {
      // The same checks as PUT, each named by its Excel row.
      checkSchedule(year, days, {
        path: (i, field) => `rows.${rowOf[i]}.${field}`,
        row: (i) => rowOf[i] ?? i,
      });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      errors.push(...e.fields);
    }
  }
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
  return { ...(await putCalendarYear(ctx, actor, year, days, 'calendar.import')), imported: days.length };
}
