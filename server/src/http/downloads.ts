import ExcelJS from 'exceljs';

// What every download of the app shares (event roster and report, participation, audit log, files): spreadsheet views
// as CSV and XLSX, Beijing wall-clock time, and the Content-Disposition header.

export type Cell = string | number | Date | null;

export interface Column {
  header: string;
  /** Characters, as Excel counts them (a CJK character is about two). */
  width: number;
  numFmt?: string;
}

/** One view of an export: a sheet in XLSX, a section in CSV. */
export interface ExportSheet {
  name: string;
  columns: Column[];
  rows: Cell[][];
}

const BEIJING_MS = 8 * 60 * 60 * 1000;
/** Excel's number format for a date and time (shown as written: Beijing time). */
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** An instant as Beijing wall-clock time, "YYYY-MM-DD HH:MM". */
export function beijingTime(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** A Date whose UTC fields read as Beijing time: what Excel, which has no time zones, should show. */
const excelBeijing = (instant: Date) => new Date(instant.getTime() + BEIJING_MS);

/**
 * One CSV field: text that a spreadsheet would run as a formula (= + - @, or a tab / CR first) is prefixed with a
 * quote; fields with a comma, quote or line break are quoted, quotes doubled.
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  let text = value instanceof Date ? beijingTime(value) : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a BOM (so Excel and WPS read Chinese), CRLF lines; several views one after another, each under its name. */
export function toCsv(sheets: readonly ExportSheet[]): string {
  const lines: string[] = [];
  for (const [index, sheet] of sheets.entries()) {
    if (sheets.length > 1) {
      if (index > 0) lines.push('');
      lines.push(csvField(sheet.name));
    }
    lines.push(sheet.columns.map((column) => csvField(column.header)).join(','));
    for (const row of sheet.rows) lines.push(row.map(csvField).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** One sheet per view: bold frozen header row, column widths, number and date formats (dates in Beijing time). */
export async function toXlsx(sheets: readonly ExportSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Yangtze Alliance Hub';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((column) => ({ header: column.header, width: column.width, style: column.numFmt ? { numFmt: column.numFmt } : {} }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map((value) => (value instanceof Date ? excelBeijing(value) : value)));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** attachment (or inline); an ASCII fallback name and the real one (RFC 5987 `filename*`), e.g. the event's Chinese title. */
export function contentDisposition(filename: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  // RFC 5987 attr-char leaves out ' ( ) * which encodeURIComponent keeps.
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
