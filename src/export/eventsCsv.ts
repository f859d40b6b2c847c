// The CSV export: eventRows through papaparse's unparse, which quotes commas,
// quotes and line breaks in titles and quotes as RFC 4180 asks, and defuses
// cells a spreadsheet would run as a formula (a leading =, +, - or @).
import Papa from 'papaparse';
import { EVENT_ROW_FIELDS, type EventRow } from './eventRows';

export function eventsCsv(rows: readonly EventRow[]): string {
  return Papa.unparse({ fields: [...EVENT_ROW_FIELDS], data: rows.map((r) => EVENT_ROW_FIELDS.map((f) => r[f])) }, { newline: '\r\n', escapeFormulae: true });
}
