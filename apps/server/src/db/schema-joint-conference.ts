/** Table types of the joint conference (issue 12): members, meetings, minutes, matters and tasks. */
import type { JcAttendance, JcMeetingKind, JcPosition, JcTaskEventKind, JcTaskStatus } from '@tuoyu/domain';
import type { Generated } from 'kysely';

export interface JcMemberTable {
  id: Generated<number>;
  unit_code: string;
  position: JcPosition;
  name: string;
  title: string;
  mobile_enc: string | null;
  from_on: string;
  /** Null while serving. */
  to_on: string | null;
  created_at: string;
}

export type JcProposalStatus = 'pending' | 'approved' | 'rejected';

export interface JcMemberProposalTable {
  id: Generated<number>;
  unit_code: string;
  position: JcPosition;
  name: string;
  title: string;
  mobile_enc: string | null;
  from_on: string;
  reason: string | null;
  status: JcProposalStatus;
  decision_reason: string | null;
  proposed_by: number;
  decided_by: number | null;
  created_at: string;
  decided_at: string | null;
}

export interface JcMeetingTable {
  id: Generated<number>;
  kind: JcMeetingKind;
  title: string;
  date: string;
  place: string | null;
  chair: string | null;
  /** planned | held (minutes recorded). */
  status: 'planned' | 'held';
  created_by: number;
  created_at: string;
}

export interface JcMeetingUnitTable {
  meeting_id: number;
  unit_code: string;
  attendance: JcAttendance | null;
  substitute: string | null;
  reason: string | null;
}

export interface JcAgendaItemTable {
  id: Generated<number>;
  meeting_id: number;
  /** The proposing unit; null when the office puts it on the agenda. */
  unit_code: string | null;
  title: string;
  detail: string | null;
  status: 'proposed' | 'accepted' | 'declined';
  proposed_by: number;
  created_at: string;
}

export interface JcMinutesTable {
  id: Generated<number>;
  meeting_id: number;
  number: string;
  year: number;
  seq: number;
  summary: string;
  report_to_city_government: number;
  created_by: number;
  created_at: string;
}

export interface JcMatterTable {
  id: Generated<number>;
  minutes_id: number;
  title: string;
  detail: string;
  /** 重大事项报市政府审定: pending | approved; null when not reported. */
  city_government_approval: 'pending' | 'approved' | null;
}

export interface JcTaskTable {
  id: Generated<number>;
  matter_id: number;
  title: string;
  lead_unit: string;
  due_on: string;
  output: string;
  status: JcTaskStatus;
  last_progress_at: string | null;
  done_on: string | null;
  created_at: string;
}

export interface JcTaskUnitTable {
  task_id: number;
  unit_code: string;
}

export interface JcTaskEventTable {
  id: Generated<number>;
  task_id: number;
  kind: JcTaskEventKind;
  unit_code: string | null;
  text: string | null;
  percent: number | null;
  due_on: string | null;
  approve: number | null;
  reason: string | null;
  by_user: number | null;
  at: string;
}

export interface JointConferenceTables {
  jc_members: JcMemberTable;
  jc_member_proposals: JcMemberProposalTable;
  jc_meetings: JcMeetingTable;
  jc_meeting_units: JcMeetingUnitTable;
  jc_agenda_items: JcAgendaItemTable;
  jc_minutes: JcMinutesTable;
  jc_matters: JcMatterTable;
  jc_tasks: JcTaskTable;
  jc_task_units: JcTaskUnitTable;
  jc_task_events: JcTaskEventTable;
}
