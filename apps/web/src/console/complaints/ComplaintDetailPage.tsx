import type { ComplaintDetail } from '@tuoyu/contracts';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../shared/api';
import { type MessageKey, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { formatDateTimeShort } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { AnswerDrawer, AssignDrawer, NoteDrawer } from './ComplaintDrawers';
import { catKey, outcomeKey, STATUS_COLOR, statusKey } from './labels';
import { useComplaint, useComplaintAction, useRevealContact } from './queries';

const EVENT_COLOR: Record<ComplaintDetail['events'][number]['kind'], string> = {
  received: 'gray',
  acknowledged: 'blue',
  assigned: 'blue',
  note: 'gray',
  answered: 'green',
  escalated: 'red',
};

/** One complaint: the case, the contact (masked; the full number is an audited read), the timeline, the steps. */
export function ComplaintDetailPage() {
  const t = useT();
  const id = Number(useParams().id);
  const q = useComplaint(id);
  if (q.isError && !q.data) return <ErrorResult error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  return <Detail c={q.data} key={id} t={t} />;
}

function Detail({ c, t }: { c: ComplaintDetail; t: ReturnType<typeof useT> }) {
  const { message } = App.useApp();
  const action = useComplaintAction(c.id);
  const reveal = useRevealContact(c.id);
  const [drawer, setDrawer] = useState<'assign' | 'note' | 'answer' | null>(null);

  const acknowledge = () =>
    action.mutate(
      { action: 'acknowledge' },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (e) => void message.error(errorMessage(e)),
      },
    );

  return (
    <>
      <PageHeader
        title={`${t('cmp.nav.detail')} ${c.trackingCode}`}
        extra={
          <>
            {c.actions.includes('complaints.acknowledge') && (
              <Button type="primary" loading={action.isPending} onClick={acknowledge}>
                {t('cmp.action.acknowledge')}
              </Button>
            )}
            {c.actions.includes('complaints.assign') && (
              <Button onClick={() => setDrawer('assign')}>{t('cmp.action.assign')}</Button>
            )}
            {c.actions.includes('complaints.answer') && (
              <Button type="primary" onClick={() => setDrawer('answer')}>
                {t('cmp.action.answer')}
              </Button>
            )}
            <Button onClick={() => setDrawer('note')}>{t('cmp.action.note')}</Button>
          </>
        }
      />
      {c.escalatedAt && c.status !== 'answered' && (
        <Alert
          className="console-block"
          type="error"
          showIcon
          title={`${t('cmp.event.escalated')} · ${formatDateTimeShort(c.escalatedAt)}`}
        />
      )}
      <Flex gap={16} wrap align="start">
        <Card title={t('cmp.detail.case')} style={{ flex: '2 1 520px', minWidth: 0 }}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2 }}
            size="small"
            items={[
              {
                key: 'status',
                label: t('common.status'),
                children: (
                  <Space size={4} wrap>
                    <Tag color={STATUS_COLOR[c.status]}>{t(statusKey(c.status))}</Tag>
                    {c.overdue && <Tag color="red">{t('common.overdue')}</Tag>}
                    {c.escalatedAt && <Tag color="volcano">{t('cmp.tag.escalated')}</Tag>}
                    {c.outcome && <Tag color="green">{t(outcomeKey(c.outcome))}</Tag>}
                  </Space>
                ),
              },
              { key: 'category', label: t('common.category'), children: t(catKey(c.category)) },
              {
                key: 'provider',
                label: t('common.providerComplainedOf'),
                children: c.providerName ?? t('cmp.unknownProvider'),
              },
              {
                key: 'county',
                label: t('common.complaintCounty'),
                children: [c.divisionName, c.townshipName].filter(Boolean).join(' · '),
              },
              { key: 'received', label: t('cmp.col.received'), children: formatDateTimeShort(c.receivedAt) },
              {
                key: 'due',
                label: t('cmp.detail.deadlines'),
                children: `${t('cmp.due.ack', { date: c.acknowledgeBy })} · ${t('cmp.due.answer', { date: c.answerBy })}`,
              },
              {
                key: 'filedBy',
                label: t('cmp.detail.filedBy'),
                children: c.committeeName ? (
                  <Tag color="purple">{t('cmp.detail.byCommittee', { name: c.committeeName })}</Tag>
                ) : c.filedByParent ? (
                  t('cmp.detail.byParent')
                ) : (
                  <Space size={4}>
                    {t('cmp.detail.byPublic')}
                    {c.anonymous && <Tag>{t('cmp.tag.anonymous')}</Tag>}
                  </Space>
                ),
              },
              {
                key: 'contact',
                label: t('cmp.detail.contact'),
                children: !c.contactMasked ? (
                  <Typography.Text type="secondary">{t('cmp.detail.noContact')}</Typography.Text>
                ) : (
                  <Space size={8} wrap>
                    <span>{reveal.data?.mobile ?? c.contactMasked}</span>
                    {!reveal.data && c.canHandle && (
                      <Button
                        size="small"
                        loading={reveal.isPending}
                        title={t('cmp.detail.revealHint')}
                        onClick={() => reveal.mutate()}
                      >
                        {t('cmp.detail.reveal')}
                      </Button>
                    )}
                  </Space>
                ),
              },
              {
                key: 'handler',
                label: t('cmp.col.handler'),
                children: c.assignedUserName ?? c.townshipName ?? t('common.none'),
              },
            ]}
          />
          <Typography.Title level={2} className="console-subtitle" style={{ fontSize: 16, marginTop: 16 }}>
            {t('common.whatHappened')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Typography.Paragraph>
          {c.reply && (
            <>
              <Typography.Title level={2} style={{ fontSize: 16 }}>
                {t('cmp.detail.reply')}
              </Typography.Title>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.reply}</Typography.Paragraph>
            </>
          )}
        </Card>
        <Card title={t('cmp.detail.timeline')} style={{ flex: '1 1 300px', minWidth: 0 }}>
          <Timeline
            items={c.events.map((e) => ({
              key: e.id,
              color: EVENT_COLOR[e.kind],
              content: (
                <>
                  <Typography.Text strong>{t(`cmp.event.${e.kind}` as MessageKey)}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">
                    {formatDateTimeShort(e.at)}
                    {e.actorName ? ` · ${e.actorName}` : ''}
                  </Typography.Text>
                  {e.text && (
                    <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                      {e.text}
                    </Typography.Paragraph>
                  )}
                </>
              ),
            }))}
          />
        </Card>
      </Flex>
      <AssignDrawer c={c} open={drawer === 'assign'} onClose={() => setDrawer(null)} />
      <NoteDrawer c={c} open={drawer === 'note'} onClose={() => setDrawer(null)} />
      <AnswerDrawer c={c} open={drawer === 'answer'} onClose={() => setDrawer(null)} />
    </>
  );
}
