export * from './client/index.js';
//# sourceMappingURL=index.d.ts.map