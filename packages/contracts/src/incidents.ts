/** HTTP contracts of incidents, emergency plans and drills (SPEC C7). */
import { z } from 'zod';
import { RecordActions } from './access';
import { IsoDate, IsoDateTime, MultilineText, PageQuery, pageOf, QueryFlagOr01, Text } from './common';
import { EmergencyPlanKind, IncidentAction, IncidentSeverity, IncidentStatus, IncidentType } from './enums';

export const IncidentBody = z.object({
  type: IncidentType,
  severity: IncidentSeverity,
  occurredAt: IsoDateTime,
  childIds: z.array(z.number().int().positive()).max(100).optional(),
  description: MultilineText(2000),
  actionsTaken: MultilineText(2000),
  guardiansNotifiedAt: IsoDateTime.nullable().optional(),
});
export type IncidentBody = z.infer<typeof IncidentBody>;

export const IncidentCreated = z.object({ id: z.number().int(), late: z.boolean(), alert: z.boolean() });

export const IncidentListItem = z.object({
  id: z.number().int(),
  providerId: z.number().int(),
  providerName: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  type: IncidentType,
  severity: IncidentSeverity,
  status: IncidentStatus,
  occurredAt: z.string(),
  reportedAt: z.string(),
  late: z.boolean(),
  alert: z.boolean(),
  acknowledgedAt: z.string().nullable(),
  childCount: z.number().int(),
});
export type IncidentListItem = z.infer<typeof IncidentListItem>;
export const IncidentList = pageOf(IncidentListItem);
export type IncidentList = z.infer<typeof IncidentList>;

export const IncidentListQuery = PageQuery.extend({
  severity: IncidentSeverity.optional(),
  type: IncidentType.optional(),
  status: IncidentStatus.optional(),
  late: QueryFlagOr01.optional(),
  providerId: z.coerce.number().int().positive().optional(),
});
export type IncidentListQuery = z.infer<typeof IncidentListQuery>;

export const IncidentUpdate = z.object({
  id: z.number().int(),
  at: z.string(),
  authorName: z.string(),
  authorRole: z.string(),
  kind: IncidentAction,
  text: z.string(),
});

/** One incident: the children by masked name and ID number (PIPL). */
export const IncidentDetail = IncidentListItem.extend({
  description: z.string(),
  actionsTaken: z.string(),
  guardiansNotifiedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closeSummary: z.string().nullable(),
  children: z.array(z.object({ id: z.number().int(), name: z.string(), residentId: z.string() })),
  updates: z.array(IncidentUpdate),
  /** incidents.acknowledge (an open alert), incidents.follow-up and incidents.close (until closed). */
  actions: RecordActions,
});
export type IncidentDetail = z.infer<typeof IncidentDetail>;

export const IncidentAlerts = z.object({ count: z.number().int(), items: z.array(IncidentListItem) });
export type IncidentAlerts = z.infer<typeof IncidentAlerts>;

export const IncidentUpdateBody = z.object({ text: MultilineText(2000) });
export const IncidentCloseBody = z.object({ summary: MultilineText(2000) });

export const EmergencyPlanBody = z.object({
  kind: EmergencyPlanKind,
  title: Text(200),
  effectiveOn: IsoDate,
  fileId: z.number().int().positive().nullable().optional(),
});
export type EmergencyPlanBody = z.infer<typeof EmergencyPlanBody>;
export const EmergencyPlan = z.object({
  id: z.number().int(),
  kind: EmergencyPlanKind,
  title: z.string(),
  effectiveOn: z.string(),
  fileId: z.number().int().nullable(),
  createdAt: z.string(),
});
export const EmergencyPlanList = z.object({ items: z.array(EmergencyPlan) });
export type EmergencyPlanList = z.infer<typeof EmergencyPlanList>;

export const DrillBody = z.object({
  planKind: EmergencyPlanKind,
  heldOn: IsoDate,
  participants: z.number().int().min(1).max(10000),
  notes: MultilineText(2000, { min: 0 }).optional(),
  photoFileIds: z.array(z.number().int().positive()).max(9).default([]),
});
export type DrillBody = z.infer<typeof DrillBody>;
export const Drill = z.object({
  id: z.number().int(),
  planKind: EmergencyPlanKind,
  heldOn: z.string(),
  participants: z.number().int(),
  notes: z.string().nullable(),
  photoFileIds: z.array(z.number().int()),
  createdAt: z.string(),
});
export const DrillList = z.object({ items: z.array(Drill) });
export type DrillList = z.infer<typeof DrillList>;

/** The county's view of emergency preparedness: one row per provider in scope. */
export const PreparednessItem = z.object({
  providerId: z.number().int(),
  providerName: z.string(),
  divisionName: z.string(),
  plans: z.number().int(),
  lastDrillOn: z.string().nullable(),
  drillOverdue: z.boolean(),
});
export const PreparednessList = pageOf(PreparednessItem);
export type PreparednessList = z.infer<typeof PreparednessList>;
export const PreparednessQuery = PageQuery.extend({ overdue: QueryFlagOr01.optional() });
export type PreparednessQuery = z.infer<typeof PreparednessQuery>;

export type IncidentCreated = z.infer<typeof IncidentCreated>;
export type IncidentUpdate = z.infer<typeof IncidentUpdate>;
export type IncidentUpdateBody = z.infer<typeof IncidentUpdateBody>;
export type IncidentCloseBody = z.infer<typeof IncidentCloseBody>;
export type EmergencyPlan = z.infer<typeof EmergencyPlan>;
export type Drill = z.infer<typeof Drill>;
export type PreparednessItem = z.infer<typeof PreparednessItem>;
