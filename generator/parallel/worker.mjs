// Entry of an emitter worker thread. It is plain JavaScript because it has to register tsx's
// loader before the first TypeScript module is imported; the worker is started with no execArgv,
// so the loader is registered once whichever way the parent process was started.
import { register } from 'tsx/esm/api';

register();
await import('./runEmitterTasks.ts');
