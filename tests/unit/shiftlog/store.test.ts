import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { LogInput } from '../../../src/shared/schemas';
import { exportEntries, LOG_CSV_COLUMNS, entryRow } from '../../../src/main/shiftlog/export';
import { isoWithOffset, ShiftLog } from '../../../src/main/shiftlog/store';

const dirs: string[] = [];
const tmp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'uketome-log-'));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const contact = (over: Partial<LogInput> = {}): LogInput => ({
  startedAt: Date.parse('2026-11-27T10:00:00+09:00'),
  endedAt: Date.parse('2026-11-27T10:04:30+09:00'),
  note: '商品未着。090-1234-5678に折り返し希望。',
  caseNumber: 'C-2026-0001',
  customerName: '山田 太郎',
  nextSteps: '配送業者に確認し、明日までに折り返す',
  dueDate: '2026-11-28',
  outcome: 'follow_up',
  engine: { level: 2, type: 'delivery' },
  corrected: { level: 3, type: 'delivery' },
  cues: [{ kind: 'repeat', text: '3回目' }],
  copied: [{ id: 'pa.1', kind: 'partial_apology', text: 'お待たせしてしまい申し訳ございません。' }],
  checklist: { nameGiven: true, nextSteps: true, caseNumber: true },
  ...over,
});

describe('shift log', () => {
  it('masks before writing: nothing personal reaches the disk', () => {
    const dir = tmp();
    const log = new ShiftLog(dir);
    const e = log.append(contact({ nextSteps: 'taro@example.com に連絡' }), '佐藤');
    expect(e.note).toBe('商品未着。090-****-5678に折り返し希望。');
    expect(e.nextSteps).toBe('t***@example.com に連絡');
    expect(e.handledBy).toBe('佐藤');
    expect(e.durationSec).toBe(270);
    const raw = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('');
    expect(raw).not.toContain('1234-5678');
    expect(raw).not.toContain('taro@');
  });

  it('keeps entries, edits and deletions across a restart', () => {
    const dir = tmp();
    const a = new ShiftLog(dir);
    const one = a.append(contact(), 'A');
    const two = a.append(contact({ caseNumber: 'C-2' }), 'A');
    a.update(one.id, { outcome: 'resolved', nextSteps: '' });
    a.remove(two.id);
    a.close();
    const b = new ShiftLog(dir);
    const { entries } = b.entries('current');
    expect(entries.map((e) => e.id)).toEqual([one.id]);
    expect(entries[0]!.outcome).toBe('resolved');
    expect(b.warnings).toEqual([]);
  });

  it('closes a shift, starts the next, and finds a case across shifts', () => {
    let t = Date.parse('2026-11-27T09:00:00+09:00');
    const dir = tmp();
    const log = new ShiftLog(dir, () => (t += 1000));
    log.append(contact({ caseNumber: 'C-2026-0001', customerName: '山田 太郎' }), '佐藤');
    const closed = log.closeShift();
    expect(closed).toMatchObject({ count: 1 });
    expect(closed.closedAt).not.toBeNull();
    log.append(contact({ caseNumber: 'C-2026-0002', customerName: '鈴木 花子' }), '田中');
    expect(log.shiftsList()).toHaveLength(2);
    expect(log.entries('current').entries).toHaveLength(1);
    const found = log.search('ｃ２０２６０００１'); // full width, no hyphens
    expect(found.map((e) => e.handledBy)).toEqual(['佐藤']);
    expect(log.search('鈴木')[0]).toMatchObject({ handledBy: '田中', nextSteps: '配送業者に確認し、明日までに折り返す' });
    const reopened = new ShiftLog(dir);
    expect(reopened.shiftsList().map((s) => s.count)).toEqual([1, 1]);
    expect(reopened.entries(closed.id).shift.closedAt).toBe(closed.closedAt);
  });

  it('summarises a shift: counts per type and level, average handle time, escalations, open follow-ups', () => {
    const log = new ShiftLog();
    log.append(contact(), 'A');
    log.append(contact({ outcome: 'escalated', corrected: null, engine: { level: 4, type: 'billing' }, endedAt: Date.parse('2026-11-27T10:10:00+09:00') }), 'A');
    const s = log.summary('current');
    expect(s).toMatchObject({ count: 2, escalations: 1, openFollowUps: 1, byLevel: [0, 0, 0, 1, 1] });
    expect(s.byType.delivery).toBe(1);
    expect(s.byType.billing).toBe(1);
    expect(s.averageHandleSec).toBe(Math.round((270 + 600) / 2));
  });

  it('survives a damaged file: the original is kept aside and every readable entry loads', () => {
    const dir = tmp();
    const a = new ShiftLog(dir);
    const ids = [a.append(contact(), 'A').id, a.append(contact(), 'A').id, a.append(contact(), 'A').id];
    a.close();
    const file = path.join(dir, fs.readdirSync(dir).find((f) => f.endsWith('.jsonl'))!);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[2] = '{"v":1,"op":"put","entry":{"id": BROKEN'; // a hand edit gone wrong, in the middle
    fs.writeFileSync(file, lines.join('\n'));
    const b = new ShiftLog(dir);
    expect(b.warnings.join(' ')).toMatch(/1 unreadable line/);
    expect(b.entries('current').entries.map((e) => e.id)).toEqual([ids[0], ids[2]]);
    expect(fs.readdirSync(dir).some((f) => f.includes('.damaged-'))).toBe(true);
    // The repaired file loads cleanly next time.
    expect(new ShiftLog(dir).warnings).toEqual([]);
  });

  it('loses no confirmed entry when the process is killed mid-write', async () => {
    for (let round = 0; round < 3; round++) {
      const dir = tmp();
      // One process (node with tsx's loader), so SIGKILL hits the writer itself, not a wrapper around it.
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'crash-child.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
      const acked: string[] = [];
      let buf = '';
      const target = 150 + Math.floor(Math.random() * 300);
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          const parts = buf.split('\n');
          buf = parts.pop()!;
          for (const p of parts) if (p.startsWith('ack ')) acked.push(p.slice(4));
          if (acked.length >= target) {
            child.kill('SIGKILL');
            resolve();
          }
        });
      });
      await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.on('exit', r)));
      expect(child.signalCode).toBe('SIGKILL');
      const log = new ShiftLog(dir);
      const stored = new Set(log.entries('current').entries.map((e) => e.id));
      expect(acked.filter((id) => !stored.has(id))).toEqual([]);
      expect(log.warnings).toEqual([]);
    }
  });
});

describe('export', () => {
  it('CSV opens in Japanese Excel (BOM, CRLF, RFC 4180 quoting, ISO 8601 with offset) and parses back to the entries', () => {
    const log = new ShiftLog();
    log.append(contact({ note: 'カンマ, "引用符" と\n改行を含むメモ' }), '佐藤');
    log.append(contact({ corrected: null, outcome: 'resolved', customerName: '' }), '佐藤');
    const { shift, entries } = log.entries('current');
    const csv = exportEntries(shift, entries, 'csv');
    expect(csv.startsWith('\uFEFF' + LOG_CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(csv).toContain('"カンマ, ""引用符"" と\n改行を含むメモ"');
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual(entries.map((e) => entryRow(e)));
    expect(parsed.data[0]!.started_at).toBe(isoWithOffset(entries[0]!.startedAt));
    expect(parsed.data[0]!.started_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  });

  it('CSV keeps a note that looks like a formula as text, and the JSON keeps it as written', () => {
    const log = new ShiftLog();
    log.append(contact({ note: '=HYPERLINK("http://example.invalid","こちら")', caseNumber: '-123', customerName: '@山田' }), '佐藤');
    const { shift, entries } = log.entries('current');
    const row = Papa.parse<Record<string, string>>(exportEntries(shift, entries, 'csv').slice(1), { header: true }).data[0]!;
    expect(row.note).toBe(`'=HYPERLINK("http://example.invalid","こちら")`);
    expect(row.case_number).toBe("'-123");
    expect(row.customer_name).toBe("'@山田");
    expect(row.handled_by).toBe('佐藤');
    expect((JSON.parse(exportEntries(shift, entries, 'json')) as { entries: { note: string }[] }).entries[0]!.note).toBe(entries[0]!.note);
  });

  it('JSON carries the entries as stored', () => {
    const log = new ShiftLog();
    log.append(contact(), '佐藤');
    const { shift, entries } = log.entries('current');
    const json = JSON.parse(exportEntries(shift, entries, 'json')) as { entries: unknown[] };
    expect(json.entries).toEqual(entries);
  });
});
