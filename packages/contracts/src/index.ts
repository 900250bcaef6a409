export * from './enums';
export * from './common';
export * from './auth';
export * from './users';
export * from './audit';
export * from './reference';
