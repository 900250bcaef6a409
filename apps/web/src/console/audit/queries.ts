import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AuditList } from '@tuoyu/contracts';
import { beijingInstant } from '@tuoyu/domain';
import { api, type QueryValue } from '../../shared/api';
import { DEFAULT_PAGE_SIZE, positiveInt } from '../common/paging';

/** Audit filters as kept in the address bar; dates are whole days `YYYY-MM-DD`. */
export interface AuditFilters {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const day = (name: string) => {
    const value = params.get(name);
    return value && DAY.test(value) ? value : undefined;
  };
  return {
    actor: params.get('actor') || undefined,
    action: params.get('action') || undefined,
    entityType: params.get('entityType') || undefined,
    entityId: params.get('entityId') || undefined,
    from: day('from'),
    to: day('to'),
    page: positiveInt(params.get('page'), 1),
    pageSize: positiveInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, 100),
  };
}

/**
 * The filters as API parameters. A day range becomes instants with this browser's offset, from the
 * first second of `from` to the last of `to`, so "to 11-29" includes everything on the 29th.
 */
export function auditApiQuery(filters: Partial<AuditFilters>): Record<string, QueryValue> {
  return {
    ...filters,
    from: filters.from ? beijingInstant(filters.from) : undefined,
    to: filters.to
      ? new Date(Date.parse(beijingInstant(filters.to)) + 86_400_000 - 1).toISOString()
      : undefined,
  };
}

export function useAuditList(filters: AuditFilters) {
  return useQuery({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ signal }) => api.get<AuditList>('/api/audit', auditApiQuery(filters), signal),
    placeholderData: keepPreviousData,
  });
}
