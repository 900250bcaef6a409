export * from './audit';
export * from './auth';
export * from './common';
export * from './enums';
export * from './providers';
export * from './reference';
export * from './users';
