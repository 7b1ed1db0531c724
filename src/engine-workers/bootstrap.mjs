// Worker threads cannot load TypeScript on their own: register tsx in this thread, then import
// the .ts worker module named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
