// The CSV export: eventRows through papaparse's unparse, which quotes commas,
// quotes and line breaks in titles and quotes as RFC 4180 asks, and defuses
// cells a spreadsheet would run as a formula (a leading =, +, - or @). It
// starts with a byte-order mark: without one Excel reads the file in the
// system's legacy code page and garbles the quotes' curly quotation marks and
// dashes; papaparse and other readers skip it.
import Papa from 'papaparse';
import { EVENT_ROW_FIELDS, type EventRow } from './eventRows';

export function eventsCsv(rows: readonly EventRow[]): string {
  return `\ufeff${Papa.unparse({ fields: [...EVENT_ROW_FIELDS], data: rows.map((r) => EVENT_ROW_FIELDS.map((f) => r[f])) }, { newline: '\r\n', escapeFormulae: true })}`;
}
