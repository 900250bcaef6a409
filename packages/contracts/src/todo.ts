/** HTTP contracts of the console's to-do counts (待办). */
import { z } from 'zod';

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
] as const;
export type AttentionKey = (typeof ATTENTION_KEYS)[number];

export const TodoItem = z.object({
  key: z.enum(ATTENTION_KEYS),
  count: z.number().int().positive(),
  /** danger: act today (alerts, overdue); warning: waiting for you; info: ready when you are. */
  level: z.enum(['danger', 'warning', 'info']),
});
export type TodoItem = z.infer<typeof TodoItem>;

export const TodoList = z.object({ items: z.array(TodoItem) });
export type TodoList = z.infer<typeof TodoList>;
