/** Pure domain rules of the platform: no I/O. */
export * from './calendar-date';
export * from './class-rules';
export * from './credit-code';
export * from './filing-checks';
export * from './filing-documents';
export * from './filing-number';
export * from './geo';
export * from './indicators';
export * from './mobile';
export * from './money';
export * from './name-rule';
export * from './password';
export * from './provider-kinds';
export * from './resident-id';
export * from './settings';
export * from './sources';
export * from './working-days';
