import { describe, expect, it } from 'vitest';
import {
  alertsCounty,
  drillOverdue,
  INCIDENT_TYPE_NAMES,
  INCIDENT_TYPES,
  type IncidentAction,
  type IncidentSeverity,
  type IncidentStatus,
  isLateReport,
  maskPersonName,
  monthsBefore,
  nextIncidentStatus,
} from './incidents';

describe('SPEC C7 incidents — types of 托育机构婴幼儿伤害预防指南 with stable codes', () => {
  it.each([
    ['suffocation', '窒息'],
    ['fall', '跌倒/跌落'],
    ['burn', '烧烫伤'],
    ['drowning', '溺水'],
    ['poisoning', '中毒'],
    ['foreign_body', '异物伤害'],
    ['traffic', '交通伤害'],
    ['infectious_disease', '传染病'],
    ['abuse_allegation', '虐待/伤害指控'],
    ['fire', '火灾'],
    ['other', '其他'],
  ])('%s is %s', (code, zh) => {
    expect(INCIDENT_TYPES).toContain(code);
    expect(INCIDENT_TYPE_NAMES[code as keyof typeof INCIDENT_TYPE_NAMES].zh).toBe(zh);
  });
});

describe('SPEC C7 — serious and critical incidents alert the county at once', () => {
  it.each([
    ['minor', false],
    ['serious', true],
    ['critical', true],
  ] as [IncidentSeverity, boolean][])('%s → %s', (s, alert) => {
    expect(alertsCounty(s)).toBe(alert);
  });
});

describe('SPEC C7 — late when reported more than incidentLateHours (param, 24) after it occurred', () => {
  it.each([
    ['reported at once', '2026-11-01T08:00:00.000Z', '2026-11-01T08:30:00.000Z', 24, false],
    ['exactly 24 h is on time', '2026-11-01T08:00:00.000Z', '2026-11-02T08:00:00.000Z', 24, false],
    ['one minute over 24 h', '2026-11-01T08:00:00.000Z', '2026-11-02T08:01:00.000Z', 24, true],
    ['3 days later', '2026-11-01T08:00:00.000Z', '2026-11-04T08:00:00.000Z', 24, true],
    ['city sets 2 h: 3 h is late', '2026-11-01T08:00:00.000Z', '2026-11-01T11:00:00.000Z', 2, true],
    ['city sets 72 h: 3 days is on time', '2026-11-01T08:00:00.000Z', '2026-11-04T08:00:00.000Z', 72, false],
  ])('%s', (_l, occurred, reported, hours, late) => {
    expect(isLateReport(occurred, reported, hours)).toBe(late);
  });
});

describe('incident status: open → following → closed', () => {
  it.each([
    ['open', 'follow_up', 'following'],
    ['following', 'follow_up', 'following'],
    ['open', 'close', 'closed'],
    ['following', 'close', 'closed'],
    ['closed', 'follow_up', null],
    ['closed', 'close', null],
  ] as [IncidentStatus, IncidentAction, IncidentStatus | null][])('%s + %s → %s', (from, a, to) => {
    expect(nextIncidentStatus(from, a)).toBe(to);
  });
});

describe('emergency drills (托育机构管理规范（试行）): flagged after 6 months without one', () => {
  it.each([
    ['2026-11-29', 6, '2026-05-29'],
    ['2026-08-31', 6, '2026-02-28'],
    ['2026-03-15', 6, '2025-09-15'],
  ])('%s − %i months = %s', (d, m, out) => {
    expect(monthsBefore(d, m)).toBe(out);
  });
  it.each([
    [null, '2026-11-29', true],
    ['2026-05-28', '2026-11-29', true],
    ['2026-05-29', '2026-11-29', false],
    ['2026-11-01', '2026-11-29', false],
  ])('last drill %s, today %s → overdue %s', (last, today, overdue) => {
    expect(drillOverdue(last, today)).toBe(overdue);
  });
});

describe('children named in an incident are masked (PIPL)', () => {
  it.each([
    ['张小明', '张*明'],
    ['李明', '李*'],
    ['欧阳小小明', '欧***明'],
    ['王', '王'],
  ])('%s → %s', (n, m) => {
    expect(maskPersonName(n)).toBe(m);
  });
});
