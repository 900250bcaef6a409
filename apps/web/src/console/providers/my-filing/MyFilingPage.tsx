import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Result, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../shared/i18n';
import { useMe } from '../../auth/session';
import { ErrorResult } from '../../common/ErrorResult';
import { PageHeader } from '../../common/PageHeader';
import { DeadlineCounter } from '../DeadlineCounter';
import { FilingStatusTag } from '../FilingStatusTag';
import { hasReceipt } from '../filing/FilingDetailPage';
import { FilingSteps } from '../filing/FilingSteps';
import { formatDate, isUnderReview } from '../labels';
import { useFiling, useFilingList } from '../queries';
import { FilingForm } from './FilingForm';

/**
 * 本机构备案: the provider's own filing — fill in, save, submit; see where it stands and why it was
 * returned; once filed, the same form files a change (变更备案).
 */
export function MyFilingPage() {
  const t = useT();
  const me = useMe();
  // The server scopes a provider user's list to its own provider: the first row is its filing.
  const list = useFilingList({ page: 1, pageSize: 1 }, me.providerId !== null);
  const filingId = list.data?.items[0]?.id;
  const filing = useFiling(filingId);

  let body: ReactNode;
  if (me.providerId === null) {
    body = <Result status="warning" title={t('prov.my.noProvider')} />;
  } else if (list.isError) {
    body = <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;
  } else if (list.isPending || (filingId !== undefined && filing.isPending)) {
    body = <Skeleton active paragraph={{ rows: 10 }} />;
  } else if (filingId === undefined) {
    body = <Empty description={t('prov.my.noFiling')} />;
  } else if (filing.isError) {
    body = <ErrorResult error={filing.error} onRetry={() => void filing.refetch()} />;
  }
  if (body || !filing.data) {
    return (
      <>
        <PageHeader title={t('prov.my.title')} />
        <Card>{body ?? <Skeleton active />}</Card>
      </>
    );
  }

  const f = filing.data;
  const statusNote = t(`prov.my.note.${f.status}`);
  return (
    <>
      <PageHeader
        title={t('prov.my.title')}
        extra={
          hasReceipt(f) ? (
            <Link to={`/console/filings/${f.id}/receipt`}>
              <Button icon={<PrinterOutlined aria-hidden />}>{t('prov.receipt.print')}</Button>
            </Link>
          ) : undefined
        }
      />
      <Card className="console-block">
        <Typography.Title level={2} className="prov-provider-name">
          {f.provider.name}
        </Typography.Title>
        <Flex gap={12} align="center" wrap className="console-block">
          <FilingStatusTag status={f.status} />
          {f.filingNumber && (
            <Typography.Text>
              {t('prov.field.filingNumber')}：
              <Typography.Text strong className="console-code">
                {f.filingNumber}
              </Typography.Text>
            </Typography.Text>
          )}
          {isUnderReview(f.status) && (
            <>
              <Typography.Text>{t('prov.my.dueDate', { date: formatDate(f.dueDate) })}</Typography.Text>
              <DeadlineCounter
                remainingWorkingDays={f.remainingWorkingDays}
                overdue={f.overdue}
                dueDate={f.dueDate}
              />
            </>
          )}
        </Flex>
        <FilingSteps status={f.status} />
        {f.status === 'returned' && f.returnReason ? (
          <Alert
            className="console-note"
            type="warning"
            showIcon
            title={t('prov.my.returnedTitle')}
            description={<span className="prov-pre">{f.returnReason}</span>}
          />
        ) : (
          <Alert
            className="console-note"
            type={f.status === 'suspended' ? 'error' : 'info'}
            showIcon
            title={statusNote}
          />
        )}
      </Card>
      <FilingForm key={f.id} filing={f} />
    </>
  );
}
