import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { LateTag, SeverityTag, StatusTag, typeLabel } from './labels';
import { useAcknowledge, useCloseIncident, useFollowUp, useIncident } from './queries';
import './incidents.css';

/** One incident: what happened, the children (masked), the follow-ups; acknowledge, follow up, close. */
export function IncidentDetailPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const incident = useIncident(id);
  const ack = useAcknowledge();
  const follow = useFollowUp();
  const close = useCloseIncident();
  const [text, setText] = useState('');
  const [closing, setClosing] = useState(false);
  const [summary, setSummary] = useState('');
  const phone = Grid.useBreakpoint().sm === false;

  if (incident.isError && !incident.data)
    return (
      <>
        <PageHeader title={t('inc.detail.title')} />
        <Card>
          <ErrorResult error={incident.error} onRetry={() => void incident.refetch()} />
        </Card>
      </>
    );
  if (!incident.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const i = incident.data;
  const run = async (p: Promise<unknown>, done: string) => {
    try {
      await p;
      void message.success(done);
      return true;
    } catch (e) {
      void message.error(errorMessage(e));
      return false;
    }
  };

  return (
    <>
      <PageHeader
        title={`${typeLabel(t, i.type)} · ${i.providerName}`}
        extra={
          <>
            {i.actions.includes('incidents.acknowledge') && (
              <Button
                danger
                type="primary"
                loading={ack.isPending}
                onClick={() => void run(ack.mutateAsync(i.id), t('inc.ack.done'))}
              >
                {t('inc.ack')}
              </Button>
            )}
            {i.actions.includes('incidents.close') && (
              <Button onClick={() => setClosing(true)}>{t('inc.close')}</Button>
            )}
          </>
        }
      />
      <Typography.Paragraph>
        <Link to="/console/incidents">
          ‹ {me.providerId !== null ? t('inc.nav.incidents') : t('inc.nav.monitor')}
        </Link>
      </Typography.Paragraph>
      {i.alert && !i.acknowledgedAt && (
        <Alert className="console-block" type="error" showIcon title={t('inc.detail.unacknowledged')} />
      )}
      <Card className="console-block">
        <Descriptions
          column={{ xs: 1, sm: 1, md: 2 }}
          size="small"
          bordered
          layout={phone ? 'vertical' : 'horizontal'}
        >
          <Descriptions.Item label={t('inc.field.severity')}>
            <Space size={0}>
              <SeverityTag value={i.severity} />
              {i.late && <LateTag />}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('common.status')}>
            <StatusTag value={i.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('common.provider')}>
            {i.providerName}（{i.divisionName}）
          </Descriptions.Item>
          <Descriptions.Item label={t('inc.field.type')}>{typeLabel(t, i.type)}</Descriptions.Item>
          <Descriptions.Item label={t('inc.field.occurredAt')}>
            {formatDateTimeShort(i.occurredAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('inc.field.reportedAt')}>
            {formatDateTimeShort(i.reportedAt)}
          </Descriptions.Item>
          <Descriptions.Item label={t('inc.field.guardiansNotifiedAt')}>
            {i.guardiansNotifiedAt ? formatDateTimeShort(i.guardiansNotifiedAt) : t('inc.notYet')}
          </Descriptions.Item>
          <Descriptions.Item label={t('inc.field.acknowledgedAt')}>
            {i.alert
              ? i.acknowledgedAt
                ? formatDateTimeShort(i.acknowledgedAt)
                : t('inc.unacknowledged')
              : t('common.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('inc.field.children')} span={2}>
            {i.children.length === 0
              ? t('common.none')
              : i.children.map((c) => (
                  <Tag key={c.id}>
                    {c.name} {c.residentId}
                  </Tag>
                ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('inc.field.description')} span={2}>
            <p className="inc-pre">{i.description}</p>
          </Descriptions.Item>
          <Descriptions.Item label={t('inc.field.actionsTaken')} span={2}>
            <p className="inc-pre">{i.actionsTaken}</p>
          </Descriptions.Item>
          {i.closeSummary && (
            <Descriptions.Item label={t('inc.field.closeSummary')} span={2}>
              <p className="inc-pre">{i.closeSummary}</p>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card title={t('inc.updates')}>
        {i.updates.length === 0 ? (
          <Empty description={t('inc.updates.empty')} />
        ) : (
          <Timeline
            items={i.updates.map((u) => ({
              color: u.kind === 'close' ? 'green' : 'blue',
              content: (
                <>
                  <Typography.Text type="secondary">
                    {formatDateTimeShort(u.at)} · {u.authorName}
                    {u.kind === 'close' ? ` · ${t('inc.close')}` : ''}
                  </Typography.Text>
                  <p className="inc-pre">{u.text}</p>
                </>
              ),
            }))}
          />
        )}
        {i.actions.includes('incidents.follow-up') && (
          <Flex vertical gap={8}>
            <Input.TextArea
              aria-label={t('inc.followUp')}
              rows={3}
              maxLength={2000}
              value={text}
              placeholder={t('inc.followUp.placeholder')}
              onChange={(e) => setText(e.target.value)}
            />
            <Flex justify="flex-end">
              <Button
                type="primary"
                disabled={!text.trim()}
                loading={follow.isPending}
                onClick={() =>
                  void run(follow.mutateAsync({ id: i.id, text: text.trim() }), t('inc.followUp.done')).then(
                    (ok) => ok && setText(''),
                  )
                }
              >
                {t('inc.followUp')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Card>
      <Modal
        open={closing}
        title={t('inc.close')}
        okText={t('inc.close')}
        okButtonProps={{ disabled: !summary.trim(), loading: close.isPending }}
        onCancel={() => setClosing(false)}
        onOk={() =>
          void run(close.mutateAsync({ id: i.id, summary: summary.trim() }), t('inc.close.done')).then(
            (ok) => ok && setClosing(false),
          )
        }
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('inc.field.closeSummary')} required>
            <Input.TextArea
              rows={4}
              maxLength={2000}
              value={summary}
              onChange={(e) => setSummary(e.target.value)}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
