/** Table types of the plan's own task list, the counties' measures and the tasks' reminders (issue 12). */
import type { JcPlanStatus } from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface JcPlanTaskTable {
  year: number;
  /** The plan's numbering: 1-1 … 5-3. */
  task_id: string;
  section: string;
  title: string;
  notes: string;
  /** Unit codes joined by ';'. */
  responsible_units: string;
  sort: number;
}

export interface JcPlanProgressTable {
  year: number;
  task_id: string;
  unit_code: string;
  status: JcPlanStatus;
  text: string;
  updated_by: number;
  updated_at: string;
}

export interface JcPlanProgressHistoryTable {
  id: Generated<number>;
  year: number;
  task_id: string;
  unit_code: string;
  status: JcPlanStatus;
  text: string;
  by_user: number;
  at: string;
}

export interface JcCountyMeasureTable {
  division_code: string;
  title: string;
  issued_on: string;
  file_id: number;
  uploaded_by: number;
  uploaded_at: string;
}

export type JcReminderStage = 'yellow' | 'red';

export interface JcTaskReminderTable {
  task_id: number;
  stage: JcReminderStage;
  due_on: string;
  sent_on: string;
}

export interface JcPlanTables {
  jc_plan_tasks: JcPlanTaskTable;
  jc_plan_progress: JcPlanProgressTable;
  jc_plan_progress_history: JcPlanProgressHistoryTable;
  jc_county_measures: JcCountyMeasureTable;
  jc_task_reminders: JcTaskReminderTable;
}
