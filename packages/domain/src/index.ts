/** Pure domain rules of the platform: no I/O. */
export * from './credit-code';
export * from './mobile';
export * from './password';
export * from './resident-id';
