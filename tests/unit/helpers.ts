/** One ready engine per test file (the tokenizer is built once per process). */
import { Engine, type ReadyEngine } from '../../src/main/engine/engine';

let ready: Promise<ReadyEngine> | undefined;
export function readyEngine(): Promise<ReadyEngine> {
  ready ??= new Engine().ready();
  return ready;
}
