/**
 * The call log: one append-only JSONL file per shift (`shift-<id>.jsonl` in the log folder). Every change is
 * a record — open, put, delete, close — written and fdatasync'ed before the call returns, so an entry the
 * UI confirmed survives a process killed at any moment; appends cost the same with 10 or 10,000 entries.
 * Loading replays the records. A torn last line (a crash mid-write of an unconfirmed entry) is dropped; a
 * damaged line elsewhere moves the original file aside, keeps every readable record, and says so.
 * Records carry a schema version `v`; older versions are migrated when read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { COMPLAINT_TYPE_IDS } from '../../shared/taxonomy';
import { logEntrySchema, logInputSchema, logPatchSchema, type LogEntry, type LogInput, type LogPatch, type ShiftInfo, type ShiftSummary } from '../../shared/schemas';
import { HandlerError } from '../host/errors';
import { maskPersonal } from './mask';

export const RECORD_VERSION = 1;

const recordSchema = z.discriminatedUnion('op', [
  z.strictObject({ v: z.literal(1), op: z.literal('open'), shiftId: z.string(), at: z.number().int() }),
  z.strictObject({ v: z.literal(1), op: z.literal('put'), entry: logEntrySchema }),
  z.strictObject({ v: z.literal(1), op: z.literal('delete'), id: z.string(), at: z.number().int() }),
  z.strictObject({ v: z.literal(1), op: z.literal('close'), at: z.number().int() }),
]);
type LogRecord = z.infer<typeof recordSchema>;

/** Brings a record of an older schema version to the current one (version 1 is the first). */
function migrate(raw: unknown): unknown {
  return raw;
}

interface Shift {
  id: string;
  file: string;
  startedAt: number;
  closedAt: number | null;
  entries: Map<string, LogEntry>;
  fd?: number;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** ISO 8601 with the local offset: 2026-11-27T18:06:41+09:00. */
export function isoWithOffset(ms: number): string {
  const d = new Date(ms);
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

function shiftIdFor(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\-‐－ー]/g, '');

export class ShiftLog {
  private readonly shifts = new Map<string, Shift>();
  readonly warnings: string[] = [];
  private memoryOnly: boolean;

  /** @param dir the log folder; in memory when absent (nothing persists) */
  constructor(
    private readonly dir?: string,
    private readonly now: () => number = Date.now,
  ) {
    this.memoryOnly = !dir;
    if (dir) {
      fs.mkdirSync(dir, { recursive: true });
      for (const f of fs.readdirSync(dir).filter((x) => /^shift-.+\.jsonl$/.test(x)).sort()) this.load(path.join(dir, f));
    }
    if (!this.current()) this.open();
  }

  private load(file: string): void {
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const endsClean = text.endsWith('\n') || text.length === 0;
    const records: LogRecord[] = [];
    let bad = 0;
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const last = i === lines.length - 1;
      try {
        const r = recordSchema.safeParse(migrate(JSON.parse(line)));
        if (r.success) return void records.push(r.data);
      } catch {
        /* fall through */
      }
      if (last && !endsClean) return; // a torn final write: its entry was never confirmed
      bad++;
    });
    const open = records.find((r) => r.op === 'open');
    const shiftId = open?.op === 'open' ? open.shiftId : path.basename(file).replace(/^shift-|\.jsonl$/g, '');
    const shift: Shift = { id: shiftId, file, startedAt: open?.op === 'open' ? open.at : fs.statSync(file).mtimeMs, closedAt: null, entries: new Map() };
    for (const r of records) {
      if (r.op === 'put') shift.entries.set(r.entry.id, r.entry);
      else if (r.op === 'delete') shift.entries.delete(r.id);
      else if (r.op === 'close') shift.closedAt = r.at;
    }
    if (bad > 0 || !endsClean) {
      // Keep the original for a human to look at, and rewrite the file from what could be read.
      const aside = `${file}.damaged-${isoWithOffset(this.now()).replace(/[:+]/g, '-')}`;
      fs.copyFileSync(file, aside);
      const tmp = `${file}.tmp`;
      fs.writeFileSync(tmp, records.map((r) => JSON.stringify(r) + '\n').join(''));
      fs.renameSync(tmp, file);
      if (bad > 0) this.warnings.push(`The call log ${path.basename(file)} had ${bad} unreadable line(s). The original was kept as ${path.basename(aside)}; every readable entry is loaded.`);
    }
    this.shifts.set(shift.id, shift);
  }

  private write(shift: Shift, record: LogRecord): void {
    if (this.memoryOnly) return;
    shift.fd ??= fs.openSync(shift.file, 'a');
    fs.writeSync(shift.fd, JSON.stringify(record) + '\n');
    fs.fdatasyncSync(shift.fd);
  }

  private open(): Shift {
    const at = this.now();
    let id = shiftIdFor(at);
    while (this.shifts.has(id)) id += '-1';
    const shift: Shift = { id, file: path.join(this.dir ?? '', `shift-${id}.jsonl`), startedAt: at, closedAt: null, entries: new Map() };
    this.shifts.set(id, shift);
    this.write(shift, { v: RECORD_VERSION, op: 'open', shiftId: id, at });
    return shift;
  }

  private current(): Shift | undefined {
    return [...this.shifts.values()].filter((s) => s.closedAt === null).sort((a, b) => b.startedAt - a.startedAt)[0];
  }

  private shift(id: string): Shift {
    const s = id === 'current' ? this.current() : this.shifts.get(id);
    if (!s) throw new HandlerError('invalid_input', `no shift "${id}"`);
    return s;
  }

  private find(id: string): { shift: Shift; entry: LogEntry } {
    for (const shift of this.shifts.values()) {
      const entry = shift.entries.get(id);
      if (entry) return { shift, entry };
    }
    throw new HandlerError('invalid_input', `no log entry "${id}"`);
  }

  private static masked(e: LogEntry): LogEntry {
    return {
      ...e,
      note: maskPersonal(e.note),
      nextSteps: maskPersonal(e.nextSteps),
      caseNumber: e.caseNumber,
      customerName: maskPersonal(e.customerName),
      escalatedTo: maskPersonal(e.escalatedTo),
      cues: e.cues.map((c) => ({ ...c, text: maskPersonal(c.text) })),
      copied: e.copied.map((c) => ({ ...c, text: maskPersonal(c.text) })),
    };
  }

  /** Saves one handled contact (masked) into the current shift; returns once it is on disk. */
  append(input: LogInput, handledBy: string): LogEntry {
    const data = logInputSchema.parse(input);
    const shift = this.current() ?? this.open();
    const entry = ShiftLog.masked({
      ...data,
      id: `${shift.id}-${String(shift.entries.size + 1).padStart(4, '0')}-${Math.random().toString(36).slice(2, 6)}`,
      shiftId: shift.id,
      handledBy,
      durationSec: Math.max(0, Math.round((data.endedAt - data.startedAt) / 1000)),
    });
    this.write(shift, { v: RECORD_VERSION, op: 'put', entry });
    shift.entries.set(entry.id, entry);
    return entry;
  }

  update(id: string, patch: LogPatch): LogEntry {
    const { shift, entry } = this.find(id);
    const next = ShiftLog.masked(logEntrySchema.parse({ ...entry, ...logPatchSchema.parse(patch) }));
    this.write(shift, { v: RECORD_VERSION, op: 'put', entry: next });
    shift.entries.set(id, next);
    return next;
  }

  remove(id: string): void {
    const { shift } = this.find(id);
    this.write(shift, { v: RECORD_VERSION, op: 'delete', id, at: this.now() });
    shift.entries.delete(id);
  }

  /** Archives the current shift and starts the next; returns the closed one. */
  closeShift(): ShiftInfo {
    const shift = this.current()!;
    const at = this.now();
    this.write(shift, { v: RECORD_VERSION, op: 'close', at });
    shift.closedAt = at;
    if (shift.fd !== undefined) fs.closeSync(shift.fd);
    shift.fd = undefined;
    const info = this.info(shift);
    this.open();
    return info;
  }

  private info(s: Shift): ShiftInfo {
    return { id: s.id, startedAt: Math.round(s.startedAt), closedAt: s.closedAt, count: s.entries.size };
  }

  shiftsList(): ShiftInfo[] {
    return [...this.shifts.values()].sort((a, b) => b.startedAt - a.startedAt).map((s) => this.info(s));
  }

  entries(shiftId: string): { shift: ShiftInfo; entries: LogEntry[] } {
    const s = this.shift(shiftId);
    return { shift: this.info(s), entries: [...s.entries.values()].sort((a, b) => a.startedAt - b.startedAt) };
  }

  summary(shiftId: string): ShiftSummary {
    const list = [...this.shift(shiftId).entries.values()];
    const byType = Object.fromEntries(COMPLAINT_TYPE_IDS.map((t) => [t, 0])) as ShiftSummary['byType'];
    const byLevel = [0, 0, 0, 0, 0];
    for (const e of list) {
      const c = e.corrected ?? e.engine;
      if (c) {
        byType[c.type]++;
        byLevel[c.level]!++;
      }
    }
    return {
      count: list.length,
      byType,
      byLevel,
      averageHandleSec: list.length ? Math.round(list.reduce((a, e) => a + e.durationSec, 0) / list.length) : 0,
      escalations: list.filter((e) => e.outcome === 'escalated').length,
      openFollowUps: list.filter((e) => e.outcome === 'follow_up').length,
    };
  }

  /** Entries of every shift whose case number or customer name contains the query (width, case and hyphens ignored). */
  search(query: string, limit = 100): LogEntry[] {
    const q = fold(query);
    if (!q) return [];
    const out: LogEntry[] = [];
    for (const s of this.shifts.values()) {
      for (const e of s.entries.values()) if (fold(e.caseNumber).includes(q) || fold(e.customerName).includes(q)) out.push(e);
    }
    return out.sort((a, b) => b.startedAt - a.startedAt).slice(0, limit);
  }

  close(): void {
    for (const s of this.shifts.values()) if (s.fd !== undefined) fs.closeSync(s.fd);
  }
}
