export { ImportReport, formatNote, preview } from './report.ts';
export type { ImportNote } from './report.ts';
export { compact, defaultPackage, emptyStructure, serviceNameOf, sortIR } from './service.ts';
