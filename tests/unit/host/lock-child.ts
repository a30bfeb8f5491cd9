// Takes the data folder given as argv[2], says so, and waits to be killed.
import { lockDataDir } from '../../../src/main/host/data-lock';

const owner = lockDataDir(process.argv[2]!, 'test child');
process.stdout.write(owner ? `held by ${owner.pid}\n` : 'locked\n');
setInterval(() => {}, 1000);
