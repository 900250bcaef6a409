/** Platform vocabularies that are no rule of their own: database engines, export formats, 待办 keys. */

/** SQLite by default, PostgreSQL when DATABASE_URL is set (GET /api/health says which). */
export const DATABASE_ENGINES = ['sqlite', 'postgres'] as const;
export type DatabaseEngine = (typeof DATABASE_ENGINES)[number];

/** A list answered as JSON, or as the Excel file of the same rows. */
export const EXPORT_FORMATS = ['json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a 待办 count is about: each names the list it counts. */
export const ATTENTION_KEYS = [
  'incident_alerts',
  'complaints_overdue',
  'complaints_new',
  'complaints_assigned',
  'findings_to_verify',
  'findings_overdue',
  'findings_open',
  'plans_to_draw',
  'inspections_to_record',
  'incidents_open',
  // The joint conference (issue 12): a unit's tasks by light, its plan tasks not yet reported this
  // year; the office's (and the convener's) pending decisions and member changes.
  'jc_tasks_red',
  'jc_tasks_yellow',
  'jc_tasks_open',
  'jc_plan_unreported',
  'jc_extensions_requested',
  'jc_completions_requested',
  'jc_member_proposals',
] as const;
export type AttentionKey = (typeof ATTENTION_KEYS)[number];

/** danger: act today (alerts, overdue); warning: waiting for you; info: ready when you are. */
export const ATTENTION_LEVELS = ['danger', 'warning', 'info'] as const;
export type AttentionLevel = (typeof ATTENTION_LEVELS)[number];
