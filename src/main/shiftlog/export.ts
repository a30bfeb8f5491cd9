/**
 * Shift export. CSV opens correctly in Japanese Excel: UTF-8 with BOM, CRLF line ends, RFC 4180 quoting
 * (papaparse), formula-looking cells kept as text (../csv.ts), ISO 8601 timestamps with the local offset. JSON carries the same entries unflattened.
 */
import { toCsv } from '../csv';
import type { LogEntry, ShiftInfo } from '../../shared/schemas';
import { isoWithOffset } from './store';

export const LOG_CSV_COLUMNS = [
  'id',
  'started_at',
  'ended_at',
  'duration_sec',
  'handled_by',
  'case_number',
  'customer_name',
  'type',
  'level',
  'engine_type',
  'engine_level',
  'outcome',
  'escalated_to',
  'next_steps',
  'due_date',
  'cues',
  'copied',
  'note',
] as const;

export function entryRow(e: LogEntry): Record<(typeof LOG_CSV_COLUMNS)[number], string> {
  const final = e.corrected ?? e.engine;
  return {
    id: e.id,
    started_at: isoWithOffset(e.startedAt),
    ended_at: isoWithOffset(e.endedAt),
    duration_sec: String(e.durationSec),
    handled_by: e.handledBy,
    case_number: e.caseNumber,
    customer_name: e.customerName,
    type: final?.type ?? '',
    level: final ? String(final.level) : '',
    engine_type: e.engine?.type ?? '',
    engine_level: e.engine ? String(e.engine.level) : '',
    outcome: e.outcome,
    escalated_to: e.escalatedTo,
    next_steps: e.nextSteps,
    due_date: e.dueDate,
    cues: e.cues.map((c) => `${c.kind}:${c.text}`).join(' | '),
    copied: e.copied.map((c) => c.text).join(' | '),
    note: e.note,
  };
}

export function exportEntries(shift: ShiftInfo, entries: readonly LogEntry[], format: 'csv' | 'json'): string {
  if (format === 'json') {
    return JSON.stringify({ shift: { ...shift, startedAt: isoWithOffset(shift.startedAt), closedAt: shift.closedAt ? isoWithOffset(shift.closedAt) : null }, entries }, null, 2) + '\n';
  }
  const data = entries.map((e) => {
    const row = entryRow(e);
    return LOG_CSV_COLUMNS.map((c) => row[c]);
  });
  return toCsv(LOG_CSV_COLUMNS, data);
}
