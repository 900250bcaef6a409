import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { AppContext } from '../platform/context';

/** Demo incidents (being built): loaded after the providers and their operations. */
export async function loadDemoIncidents(_ctx: AppContext, _trx: Transaction<Database>): Promise<void> {}
