/**
 * Demo supervision data, in dependency order: last year's clean inspections, a finished 双随机 draw, its inspections in every
 * state, complaints, incidents, the credit records and blacklist that follow from them, and last a
 * published plan whose strata come from all of that.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { AppContext } from '../platform/context';
import { loadDemoComplaints } from './complaints';
import { loadDemoCredit } from './credit';
import { loadDemoIncidents } from './incidents';
import { loadDemoInspectionHistory, loadDemoInspections } from './inspections';
import { loadDemoNextPlans, loadDemoPlans } from './plans';

export async function loadDemoSupervision(ctx: AppContext, trx: Transaction<Database>): Promise<void> {
  await loadDemoInspectionHistory(ctx, trx);
  await loadDemoPlans(ctx, trx);
  await loadDemoInspections(ctx, trx);
  await loadDemoComplaints(ctx, trx);
  await loadDemoIncidents(ctx, trx);
  await loadDemoCredit(ctx, trx);
  await loadDemoNextPlans(ctx, trx);
}
