/** HTTP contracts of the console's to-do counts (待办). */
import { z } from 'zod';
import { AttentionKeySchema, AttentionLevel } from './enums';

export const TodoItem = z.object({
  key: AttentionKeySchema,
  count: z.number().int().positive(),
  level: AttentionLevel,
});
export type TodoItem = z.infer<typeof TodoItem>;

/** An account locked by a guess from several addresses (sysadmin's console home). */
export const LockedAccount = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  /** ISO-8601 UTC: the lock lifts by itself then. */
  lockedUntil: z.string(),
});
export type LockedAccount = z.infer<typeof LockedAccount>;

/** An address whose failed password checks are being slowed down, within the counting window. */
export const FailingAddress = z.object({
  ip: z.string(),
  failures: z.number().int(),
  /** Distinct usernames tried from it: many means password spraying. */
  usernames: z.number().int(),
  lastAt: z.string(),
});
export type FailingAddress = z.infer<typeof FailingAddress>;

export const TodoList = z.object({
  items: z.array(TodoItem),
  /** Only for sysadmin: locked accounts and the addresses failing most. */
  security: z
    .object({ lockedAccounts: z.array(LockedAccount), failingAddresses: z.array(FailingAddress) })
    .optional(),
});
export type TodoList = z.infer<typeof TodoList>;
