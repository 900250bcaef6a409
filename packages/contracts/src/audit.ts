import { z } from 'zod';
import { PageQuery, pageOf, Text } from './common';

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** Changed fields; sensitive values are masked before they are written. */
  changes: z.record(z.string(), z.unknown()).nullable(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  divisionCode: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditList = pageOf(AuditEntry);
export type AuditList = z.infer<typeof AuditList>;

export const AuditQuery = PageQuery.extend({
  actor: Text(64, { min: 0 }).optional(),
  action: Text(64, { min: 0 }).optional(),
  entityType: Text(64, { min: 0 }).optional(),
  entityId: Text(64, { min: 0 }).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
