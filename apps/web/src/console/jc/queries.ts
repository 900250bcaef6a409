import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Created,
  CreateJcMeetingBody,
  JcAgendaBody,
  JcAttendanceBody,
  JcCompletionBody,
  JcDecisionBody,
  JcExtensionBody,
  JcLight,
  JcMeeting,
  JcMeetingList,
  JcMemberBody,
  JcMemberProposalBody,
  JcMembers,
  JcMinutes,
  JcMinutesBody,
  JcMinutesCreated,
  JcProgressBody,
  JcTask,
  JcTaskList,
  JcTaskStatus,
  JcUrgeBody,
} from '@tuoyu/contracts';
import { api, toQueryString } from '../../shared/api';
import { DEFAULT_PAGE_SIZE, positiveInt } from '../common/paging';

/** Every joint-conference query sits under this key, so a write refreshes the home, lists and details. */
export const jcKey = ['jc'] as const;

export interface JcTaskFilters {
  unit?: string | undefined;
  status?: JcTaskStatus | undefined;
  light?: JcLight | undefined;
  page: number;
  pageSize: number;
}

const STATUSES: readonly string[] = ['open', 'extension_requested', 'completion_requested', 'done'];
const LIGHTS: readonly string[] = ['green', 'yellow', 'red'];

/** The task board's filters from its address (`?light=red&unit=hrss`). */
export function readTaskFilters(params: URLSearchParams): JcTaskFilters {
  const status = params.get('status') ?? '';
  const light = params.get('light') ?? '';
  return {
    unit: params.get('unit') || undefined,
    status: STATUSES.includes(status) ? (status as JcTaskStatus) : undefined,
    light: LIGHTS.includes(light) ? (light as JcLight) : undefined,
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

export const taskExportHref = ({ page: _p, pageSize: _s, ...filters }: JcTaskFilters) =>
  `/api/jc/tasks/export.xlsx${toQueryString(filters)}`;

export function useJcTasks(filters: JcTaskFilters, enabled = true) {
  return useQuery({
    queryKey: [...jcKey, 'tasks', filters],
    queryFn: ({ signal }) => api.get<JcTaskList>('/api/jc/tasks', { ...filters }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useJcTask(id: number | null) {
  return useQuery({
    queryKey: [...jcKey, 'task', id],
    queryFn: ({ signal }) => api.get<JcTask>(`/api/jc/tasks/${id}`, undefined, signal),
    enabled: id !== null,
  });
}

export function useJcMeetings(year: number | undefined) {
  return useQuery({
    queryKey: [...jcKey, 'meetings', year],
    queryFn: ({ signal }) => api.get<JcMeetingList>('/api/jc/meetings', { year }, signal),
    select: (data) => data.items,
  });
}

export function useJcMeeting(id: number) {
  return useQuery({
    queryKey: [...jcKey, 'meeting', id],
    queryFn: ({ signal }) => api.get<JcMeeting>(`/api/jc/meetings/${id}`, undefined, signal),
  });
}

export function useJcMinutes(meetingId: number) {
  return useQuery({
    queryKey: [...jcKey, 'minutes', meetingId],
    queryFn: ({ signal }) => api.get<JcMinutes>(`/api/jc/meetings/${meetingId}/minutes`, undefined, signal),
  });
}

export function useJcMembers(history: boolean) {
  return useQuery({
    queryKey: [...jcKey, 'members', history],
    queryFn: ({ signal }) =>
      api.get<JcMembers>('/api/jc/members', { history: history ? 'true' : undefined }, signal),
  });
}

/** A write's success refreshes everything of the conference. */
function useJcWrite<B, R>(request: (body: B) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jcKey }),
  });
}

export const useCreateMeeting = () =>
  useJcWrite((b: CreateJcMeetingBody) => api.post<Created>('/api/jc/meetings', b));
export const useProposeAgenda = (id: number) =>
  useJcWrite((b: JcAgendaBody) => api.post<Created>(`/api/jc/meetings/${id}/agenda`, b));
export const useDecideAgenda = (id: number) =>
  useJcWrite(({ itemId, ...b }: JcDecisionBody & { itemId: number }) =>
    api.post(`/api/jc/meetings/${id}/agenda/${itemId}/decision`, b),
  );
export const useRecordAttendance = (id: number) =>
  useJcWrite((b: JcAttendanceBody) => api.put(`/api/jc/meetings/${id}/attendance`, b));
export const useRecordMinutes = (id: number) =>
  useJcWrite((b: JcMinutesBody) => api.post<JcMinutesCreated>(`/api/jc/meetings/${id}/minutes`, b));

export type TaskStep =
  | { action: 'progress'; body: JcProgressBody }
  | { action: 'extension'; body: JcExtensionBody }
  | { action: 'completion'; body: JcCompletionBody }
  | { action: 'decision'; body: JcDecisionBody };

export const useTaskStep = (id: number) =>
  useJcWrite((step: TaskStep) => api.post(`/api/jc/tasks/${id}/${step.action}`, step.body));

export const useUrgeTask = (id: number) =>
  useJcWrite((b: JcUrgeBody) => api.post<Created>(`/api/jc/tasks/${id}/urge`, b));

export const useProposeMember = () =>
  useJcWrite((b: JcMemberProposalBody) => api.post<Created>('/api/jc/members/proposals', b));
export const useAppointMember = () =>
  useJcWrite((b: JcMemberBody) => api.post<Created>('/api/jc/members', b));
export const useDecideProposal = () =>
  useJcWrite(({ id, ...b }: JcDecisionBody & { id: number }) =>
    api.post(`/api/jc/members/proposals/${id}/decision`, b),
  );
