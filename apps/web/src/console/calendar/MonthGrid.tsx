import type { CalendarDay } from '@tuoyu/contracts';
import { daysInMonth, isoWeekday } from '@tuoyu/domain';
import { Card, Col, Flex, Row, Tag } from 'antd';
import { useT } from '../../shared/i18n';

const pad = (n: number) => String(n).padStart(2, '0');

/** The year as twelve small month calendars: days off in red, make-up workdays in blue. */
export function MonthGrid({ year, days }: { year: number; days: readonly CalendarDay[] }) {
  const t = useT();
  const byDate = new Map(days.map((d) => [d.date, d]));
  const weekdays = t('cal.weekdays').split(',');
  return (
    <>
      <Flex gap={8} wrap className="console-block">
        <Tag className="cal-day-holiday">{t('cal.kind.holiday')}</Tag>
        <Tag className="cal-day-workday">{t('cal.kind.workday')}</Tag>
        <Tag className="cal-day-weekend">{t('cal.legend.weekend')}</Tag>
      </Flex>
      <Row gutter={[12, 12]} className="console-block">
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => {
          const first = isoWeekday(`${year}-${pad(month)}-01`);
          const count = daysInMonth(year, month);
          return (
            <Col xs={24} sm={12} lg={8} xl={6} key={month}>
              <Card size="small" title={t('cal.month', { month })}>
                <div className="cal-month">
                  {weekdays.map((w) => (
                    <span key={w} className="cal-head">
                      {w}
                    </span>
                  ))}
                  {Array.from({ length: first }, (_, k) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: blank cells before the 1st have no identity
                    <span key={`blank-${k}`} />
                  ))}
                  {Array.from({ length: count }, (_, k) => {
                    const date = `${year}-${pad(month)}-${pad(k + 1)}`;
                    const entry = byDate.get(date);
                    const weekend = [0, 6].includes(isoWeekday(date));
                    const kind = entry ? `cal-day-${entry.kind}` : weekend ? 'cal-day-weekend' : '';
                    return (
                      <span
                        key={date}
                        className={`cal-day ${kind}`}
                        title={entry ? `${date} ${entry.name}` : date}
                      >
                        {k + 1}
                      </span>
                    );
                  })}
                </div>
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
