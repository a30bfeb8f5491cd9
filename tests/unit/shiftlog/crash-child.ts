/** Appends log entries as fast as it can, printing "ack <id>" after each append returns (killed by the test). */
import { ShiftLog } from '../../../src/main/shiftlog/store';

const log = new ShiftLog(process.argv[2]!);
let i = 0;
for (;;) {
  const e = log.append({ startedAt: Date.now() - 60_000, endedAt: Date.now(), note: `note ${i} ${'あ'.repeat(i % 500)}`, caseNumber: `C-${i}` }, 'test');
  process.stdout.write(`ack ${e.id}\n`);
  i++;
}
