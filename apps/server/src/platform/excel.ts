/** Every list exports to Excel (UX.md): one helper that turns rows into an .xlsx answer. */
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { AppError } from './errors';
import type { Lang } from './i18n';

export interface Column<T> {
  header: { zh: string; en: string };
  width?: number;
  /** An Excel number format for numeric cells (e.g. `0.00%` for a fraction, `0.00`). */
  numFmt?: string;
  value: (row: T, lang: Lang) => string | number | null;
}

/** Exports stop at this many rows; the sheet says so when the cut happens. */
export const EXPORT_MAX_ROWS = 50_000;

export async function sendXlsx<T>(
  reply: FastifyReply,
  lang: Lang,
  file: { zh: string; en: string },
  columns: Column<T>[],
  rows: T[],
  truncated = false,
) {
  const wb = new ExcelJS.Workbook();
  wb.creator = '托育服务平台';
  wb.created = new Date();
  const ws = wb.addWorksheet(file[lang].slice(0, 31));
  ws.columns = columns.map((c) => ({
    header: c.header[lang],
    width: c.width ?? 16,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) ws.addRow(columns.map((c) => c.value(r, lang)));
  if (truncated)
    ws.addRow([
      lang === 'zh'
        ? `仅导出前 ${EXPORT_MAX_ROWS} 行，请缩小筛选范围`
        : `Only the first ${EXPORT_MAX_ROWS} rows; narrow the filters`,
    ]);
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const name = `${file[lang]}-${new Date().toISOString().slice(0, 10)}.xlsx`;
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header(
      'content-disposition',
      `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .send(buf);
}

/**
 * Exports a list endpoint's rows: fetches one page of up to EXPORT_MAX_ROWS + 1 rows with the
 * caller's filters (and so the caller's scope), and says in the sheet when the cut happened.
 */
export async function sendListXlsx<T>(
  reply: FastifyReply,
  lang: Lang,
  file: { zh: string; en: string },
  columns: Column<T>[],
  fetchRows: (pageSize: number) => Promise<{ items: T[] }>,
) {
  const { items } = await fetchRows(EXPORT_MAX_ROWS + 1);
  return sendXlsx(
    reply,
    lang,
    file,
    columns,
    items.slice(0, EXPORT_MAX_ROWS),
    items.length > EXPORT_MAX_ROWS,
  );
}

/** An uploaded .xlsx for an import, or a 400 that tells the user to use the template. */
export async function readWorkbook(file: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new AppError('rule.violated', {
      reasonZh: '无法读取该文件，请使用下载的 Excel 模板（.xlsx）',
      reasonEn: 'Cannot read the file: use the downloaded Excel template (.xlsx)',
    });
  }
  return wb;
}

/** A cell as the text a person typed: dates as YYYY-MM-DD, formulas by their result, links and rich text by their text. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
  return String(v).trim();
}
