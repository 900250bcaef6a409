import { Alert, App, Button, Flex, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { formatDateTimeShort } from '../common/format';
import { LateTag, SeverityTag, typeLabel } from './labels';
import { useAcknowledge, useIncidentAlerts } from './queries';

/**
 * 事故预警: the serious and critical incidents in the regulator's scope nobody has acknowledged yet,
 * each with 确认收到 for the county regulator (SPEC C7: "the county is alerted at once").
 */
export function AlertBanner({ mayAcknowledge }: { mayAcknowledge: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const alerts = useIncidentAlerts(true);
  const ack = useAcknowledge();
  const items = alerts.data?.items ?? [];
  if (!alerts.data || alerts.data.count === 0) return null;
  const acknowledge = async (id: number) => {
    try {
      await ack.mutateAsync(id);
      void message.success(t('inc.ack.done'));
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <Alert
      className="console-block inc-alert"
      type="error"
      showIcon
      title={t('inc.alert.title', { n: alerts.data.count })}
      description={
        <Flex vertical gap={8}>
          {items.map((i) => (
            <Flex key={i.id} className="inc-alert-row" gap={8} wrap align="center" justify="space-between">
              <Space size={4} wrap>
                <SeverityTag value={i.severity} />
                {i.late && <LateTag />}
                <Typography.Text strong>{i.providerName}</Typography.Text>
                <Typography.Text>{typeLabel(t, i.type)}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('inc.alert.occurred', { at: formatDateTimeShort(i.occurredAt) })}
                </Typography.Text>
              </Space>
              <Space size={4}>
                <Link to={`/console/incidents/${i.id}`}>{t('common.view')}</Link>
                {mayAcknowledge && (
                  <Button
                    size="small"
                    type="primary"
                    danger
                    loading={ack.isPending && ack.variables === i.id}
                    onClick={() => void acknowledge(i.id)}
                  >
                    {t('inc.ack')}
                  </Button>
                )}
              </Space>
            </Flex>
          ))}
        </Flex>
      }
    />
  );
}
