import type { Filing, FilingStatus } from '@tuoyu/contracts';
import { Empty, Timeline, Typography } from 'antd';
import { isMessageKey, useT } from '../../shared/i18n';
import { formatDateTimeShort } from '../common/format';
import { FilingStatusTag } from './FilingStatusTag';

const ACTION_COLOR: Record<string, string> = {
  register: 'gray',
  submit: 'blue',
  submit_change: 'blue',
  return: 'orange',
  accept: 'green',
  resume: 'green',
  suspend: 'red',
  deregister: 'red',
};

/** Every transition of the filing: what, when, who and why (SPEC C1: who, when, why recorded). */
export function FilingTimeline({ events }: { events: Filing['events'] }) {
  const t = useT();
  if (events.length === 0) return <Empty description={t('prov.timeline.empty')} />;
  return (
    <Timeline
      items={events.map((event, i) => {
        const key = `prov.event.${event.action}`;
        return {
          key: `${event.at}-${i}`,
          color: ACTION_COLOR[event.action] ?? 'blue',
          content: (
            <div className="prov-event">
              <Typography.Text type="secondary" className="prov-event-time">
                {formatDateTimeShort(event.at)}
              </Typography.Text>
              <div>
                <Typography.Text strong>{isMessageKey(key) ? t(key) : event.action}</Typography.Text>{' '}
                <FilingStatusTag status={event.toStatus as FilingStatus} />
              </div>
              <Typography.Text type="secondary">
                {event.actorName ?? event.actorUsername ?? t('common.none')}
                {event.actorUsername && event.actorName ? `（${event.actorUsername}）` : ''}
              </Typography.Text>
              {event.reason && (
                <div className="prov-event-reason">
                  {t('prov.timeline.reason')}
                  {event.reason}
                </div>
              )}
            </div>
          ),
        };
      })}
    />
  );
}
