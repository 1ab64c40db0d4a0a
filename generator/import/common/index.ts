export { ImportReport, formatNote, noteUnknownKeys, preview } from './report.ts';
export type { ImportNote, Note } from './report.ts';
export { compact, defaultPackage, emptyStructure, serviceNameOf, sortIR } from './service.ts';
