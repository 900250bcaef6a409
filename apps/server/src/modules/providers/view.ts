/** Database rows → API shapes for providers and filings. */
import type { Filing, FilingData, FilingStatus, ProviderSummary } from '@tuoyu/contracts';
import { deadlineStatus, type HolidayCalendar } from '@tuoyu/domain';
import { todayInBeijing } from '../../platform/time';
import type { FilingRow } from './queries';

export const parseJson = <T>(s: string | null): T | null => (s ? (JSON.parse(s) as T) : null);

export function providerSummary(r: FilingRow): ProviderSummary {
  return {
    id: r.provider_id,
    name: r.name,
    creditCode: r.credit_code,
    kind: r.kind as ProviderSummary['kind'],
    legalForm: r.legal_form as ProviderSummary['legalForm'],
    divisionCode: r.division_code,
    divisionName: r.division_name,
    townshipCode: r.township_code,
    townshipName: r.township_name,
    address: r.address,
    serviceForms: JSON.parse(r.service_forms) as ProviderSummary['serviceForms'],
    legalRepresentative: r.legal_representative,
    contactPhone: r.contact_phone,
    status: r.status as FilingStatus,
    registeredByUnit: r.registered_by_unit,
    registeredAt: r.registered_at,
    managerUsername: r.manager_username,
  };
}

/** The 5-working-day clock of a filing under review (登记和备案办法). */
export function reviewClock(status: string, dueDate: string | null, calendar: HolidayCalendar) {
  if (!dueDate || (status !== 'submitted' && status !== 'change_submitted')) {
    return { remainingWorkingDays: null, overdue: false };
  }
  return deadlineStatus(dueDate, todayInBeijing(), calendar);
}

export function filingView(
  r: FilingRow,
  files: Filing['files'],
  events: {
    at: string;
    action: string;
    from_status: string | null;
    to_status: string;
    actor_username: string | null;
    actor_name: string | null;
    reason: string | null;
  }[],
  calendar: HolidayCalendar,
): Omit<Filing, 'actions'> {
  return {
    id: r.id,
    providerId: r.provider_id,
    provider: providerSummary(r),
    status: r.status as FilingStatus,
    data: parseJson<FilingData>(r.data),
    filedData: parseJson<FilingData>(r.filed_data),
    version: r.version,
    filingNumber: r.filing_number,
    submittedAt: r.submitted_at,
    dueDate: r.due_date,
    ...reviewClock(r.status, r.due_date, calendar),
    filedAt: r.filed_at,
    exceptionReason: r.exception_reason,
    returnReason: r.return_reason,
    checks: parseJson<Filing['checks']>(r.checks) ?? [],
    files,
    events: events.map((e) => ({
      at: e.at,
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      actorUsername: e.actor_username,
      actorName: e.actor_name,
      reason: e.reason,
    })),
  };
}
