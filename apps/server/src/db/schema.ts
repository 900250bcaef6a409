/**
 * Table types for Kysely. Portable conventions (see docs/decisions.md):
 * times are ISO-8601 UTC strings, dates `YYYY-MM-DD` strings, booleans integers 0/1,
 * so that SQLite and PostgreSQL return the same values to the same code.
 */
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { AccountTables, UserTable } from './schema-accounts';
import type { AuthTables } from './schema-auth';
import type { CalendarTables } from './schema-calendar';
import type { CareTables } from './schema-care';
import type { ChildHealthTables } from './schema-child-health';
import type { ComplaintsTables } from './schema-complaints';
import type { CreditTables } from './schema-credit';
import type { IncidentsTables } from './schema-incidents';
import type { JcAssessmentTables } from './schema-jc-assessment';
import type { JcBulletinTables } from './schema-jc-bulletins';
import type { JcPlanTables } from './schema-jc-plan';
import type { JointConferenceTables } from './schema-joint-conference';
import type { AuditLogTable, PlatformTables } from './schema-platform';
import type { ProviderTables } from './schema-providers';
import type { DivisionTable, ReferenceTables } from './schema-reference';
import type { SupervisionTables } from './schema-supervision';

export type * from './schema-accounts';
export type * from './schema-care';
export type * from './schema-child-health';
export type * from './schema-jc-bulletins';
export type * from './schema-jc-plan';
export type * from './schema-joint-conference';
export type * from './schema-platform';
export type * from './schema-providers';
export type * from './schema-reference';

/** Every table; each capability keeps its table types in schema-<capability>.ts. */
export interface Database
  extends ReferenceTables,
    AccountTables,
    PlatformTables,
    ProviderTables,
    CareTables,
    ChildHealthTables,
    SupervisionTables,
    ComplaintsTables,
    IncidentsTables,
    CreditTables,
    AuthTables,
    CalendarTables,
    JointConferenceTables,
    JcBulletinTables,
    JcPlanTables,
    JcAssessmentTables {}

export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type UserUpdate = Updateable<UserTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type DivisionRow = Selectable<DivisionTable>;
