/** Table types of incidents (migration 2026112911_incidents): reports, follow-ups, plans, drills. */
import type {
  EmergencyPlanKind,
  IncidentAction,
  IncidentSeverity,
  IncidentStatus,
  IncidentType,
  Role,
} from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface IncidentTable {
  id: Generated<number>;
  provider_id: number;
  division_code: string;
  township_code: string | null;
  type: IncidentType;
  severity: IncidentSeverity;
  occurred_at: string;
  reported_at: string;
  late: number;
  description: string;
  actions_taken: string;
  guardians_notified_at: string | null;
  status: IncidentStatus;
  alert: number;
  acknowledged_at: string | null;
  acknowledged_by: number | null;
  closed_at: string | null;
  closed_by: number | null;
  close_summary: string | null;
  reported_by: number;
  updated_at: string;
}

export interface IncidentChildTable {
  incident_id: number;
  child_id: number;
}

export interface IncidentUpdateTable {
  id: Generated<number>;
  incident_id: number;
  at: string;
  author_id: number;
  author_name: string;
  author_role: Role;
  kind: IncidentAction;
  text: string;
}

export interface EmergencyPlanTable {
  id: Generated<number>;
  provider_id: number;
  kind: EmergencyPlanKind;
  title: string;
  effective_on: string;
  file_id: number | null;
  created_by: number;
  created_at: string;
}

export interface DrillTable {
  id: Generated<number>;
  provider_id: number;
  plan_kind: EmergencyPlanKind;
  held_on: string;
  participants: number;
  notes: string | null;
  photo_file_ids: string;
  created_by: number;
  created_at: string;
}

export interface IncidentsTables {
  incidents: IncidentTable;
  incident_children: IncidentChildTable;
  incident_updates: IncidentUpdateTable;
  emergency_plans: EmergencyPlanTable;
  drills: DrillTable;
}
