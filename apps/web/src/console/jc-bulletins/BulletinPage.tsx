import {
  ArrowLeftOutlined,
  CheckOutlined,
  EditOutlined,
  PrinterOutlined,
  SendOutlined,
} from '@ant-design/icons';
import type { JcBulletin } from '@tuoyu/contracts';
import { beijingDateTime } from '@tuoyu/domain';
import { Alert, App, Button, Card, Flex, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { BulletinDocument } from './BulletinDocument';
import { BulletinDrawer } from './BulletinDrawer';
import { IssueModal } from './IssueModal';
import { useAcknowledgeBulletin, useBulletin } from './queries';

/** A bulletin: the document as it prints, and beside it the office's actions and receipts, or the unit's 签收. */
export function BulletinPage() {
  const t = useT();
  const id = Number(useParams().id);
  const one = useBulletin(id);
  const [editing, setEditing] = useState(false);
  const [issuing, setIssuing] = useState(false);
  if (one.isError && !one.data) return <ErrorResult error={one.error} onRetry={() => void one.refetch()} />;
  if (!one.data) return <Spin />;
  const b = one.data;
  return (
    <>
      <PageHeader
        title={b.title}
        extra={
          <>
            <Link to="/console/jc-bulletins">
              <Button icon={<ArrowLeftOutlined aria-hidden />}>{t('jcb.back')}</Button>
            </Link>
            <Button icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
              {t('jcb.print')}
            </Button>
          </>
        }
      />
      {b.status === 'draft' && (
        <Alert className="console-block" type="warning" showIcon title={t('jcb.draftNote')} />
      )}
      <div className="jcb-layout">
        <BulletinDocument b={b} />
        <Flex vertical gap={16}>
          {b.canEdit && (
            <Card>
              <Flex gap={8} wrap>
                <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
                  {t('jcb.edit')}
                </Button>
                <Button
                  type="primary"
                  danger
                  icon={<SendOutlined aria-hidden />}
                  onClick={() => setIssuing(true)}
                >
                  {t('jcb.issue')}
                </Button>
              </Flex>
            </Card>
          )}
          <Acknowledge b={b} />
          {b.publicSummary && (
            <Card size="small" title={t('jcb.publicSummary')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {b.publicSummary}
              </Typography.Paragraph>
            </Card>
          )}
          {b.status === 'issued' && b.receipts.length > 1 && <Receipts b={b} />}
        </Flex>
      </div>
      {createPortal(
        <div className="jcb-print-root">
          <BulletinDocument b={b} />
        </div>,
        document.body,
      )}
      {editing && <BulletinDrawer bulletin={b} onClose={() => setEditing(false)} />}
      {issuing && <IssueModal id={b.id} onClose={() => setIssuing(false)} />}
    </>
  );
}

function Acknowledge({ b }: { b: JcBulletin }) {
  const t = useT();
  const { message } = App.useApp();
  const ack = useAcknowledgeBulletin(b.id);
  if (b.myAcknowledgedAt)
    return (
      <Card size="small">
        <Tag color="green" icon={<CheckOutlined aria-hidden />}>
          {t('jcb.acknowledged')}
        </Tag>{' '}
        {beijingDateTime(b.myAcknowledgedAt)}
      </Card>
    );
  if (!b.canAcknowledge) return null;
  return (
    <Card size="small">
      <Button
        type="primary"
        block
        icon={<CheckOutlined aria-hidden />}
        loading={ack.isPending}
        onClick={async () => {
          try {
            await ack.mutateAsync(undefined);
            void message.success(t('jcb.acknowledged'));
          } catch (e) {
            void message.error(errorMessage(e));
          }
        }}
      >
        {t('jcb.acknowledge')}
      </Button>
    </Card>
  );
}

function Receipts({ b }: { b: JcBulletin }) {
  const t = useT();
  return (
    <Card size="small" title={t('jcb.receiptTitle', { done: b.acknowledged, total: b.recipients })}>
      <Table
        rowKey="unitCode"
        size="small"
        pagination={false}
        dataSource={b.receipts}
        columns={[
          { key: 'unit', title: t('jcb.receiptUnit'), dataIndex: 'unitName' },
          {
            key: 'at',
            title: t('jcb.receiptAt'),
            render: (_, r) =>
              r.acknowledgedAt ? (
                <span title={r.acknowledgedBy ?? undefined}>
                  {beijingDateTime(r.acknowledgedAt).slice(0, 16)}
                </span>
              ) : (
                <Tag color="orange">{t('jcb.receiptPending')}</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
