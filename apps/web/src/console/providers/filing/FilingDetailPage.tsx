import { PrinterOutlined } from '@ant-design/icons';
import type { Filing } from '@tuoyu/contracts';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Result,
  Row,
  Skeleton,
  Tabs,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { useT } from '../../../shared/i18n';
import { useCan } from '../../auth/permissions';
import { ErrorResult } from '../../common/ErrorResult';
import { formatDateTimeShort } from '../../common/format';
import { PageHeader } from '../../common/PageHeader';
import { ChecksList } from '../ChecksList';
import { DeadlineCounter } from '../DeadlineCounter';
import { FilingDataView } from '../FilingDataView';
import { FilingStatusTag } from '../FilingStatusTag';
import { FilingTimeline } from '../FilingTimeline';
import { isUnderReview } from '../labels';
import { ProviderInfo } from '../ProviderInfo';
import { useFiling } from '../queries';
import { ProviderRecord } from '../record/ProviderRecord';
import { FilingSteps } from './FilingSteps';
import { ReviewActions } from './ReviewActions';

/** The receipt is printable while a filed version stands (also while a change is under review). */
export const hasReceipt = (filing: Pick<Filing, 'status' | 'filingNumber'>) =>
  !!filing.filingNumber && (filing.status === 'filed' || filing.status === 'change_submitted');

/** One filing: where it stands, the provider, the form as submitted, the checks, the record, the actions. */
export function FilingDetailPage() {
  const t = useT();
  const can = useCan();
  const { id } = useParams();
  const filing = useFiling(Number(id));

  if (filing.isPending) {
    return (
      <>
        <PageHeader title={t('prov.nav.filingDetail')} />
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </>
    );
  }
  if (filing.isError) {
    const missing = filing.error instanceof ApiError && filing.error.status === 404;
    return (
      <>
        <PageHeader title={t('prov.nav.filingDetail')} />
        <Card>
          {missing ? (
            <Result
              status="404"
              title={t('prov.detail.notFound')}
              extra={
                <Link to="/console/filings">
                  <Button type="primary">{t('prov.detail.backToQueue')}</Button>
                </Link>
              }
            />
          ) : (
            <ErrorResult error={filing.error} onRetry={() => void filing.refetch()} />
          )}
        </Card>
      </>
    );
  }

  const f = filing.data;
  const reviewer = can('filings.review');
  const canDownload = can('files.read');
  const pendingChange = f.status === 'change_submitted' && f.data && f.filedData;
  const shown =
    f.status === 'filed' || f.status === 'suspended' || f.status === 'deregistered'
      ? (f.filedData ?? f.data)
      : f.data;

  return (
    <>
      <PageHeader
        title={f.provider.name}
        extra={
          hasReceipt(f) ? (
            <Link to={`/console/filings/${f.id}/receipt`}>
              <Button icon={<PrinterOutlined aria-hidden />}>{t('prov.receipt.print')}</Button>
            </Link>
          ) : undefined
        }
      />
      <Card className="console-block">
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
          {f.version > 0 && (
            <Typography.Text type="secondary">
              {t('prov.detail.version', { version: f.version })}
            </Typography.Text>
          )}
          {isUnderReview(f.status) && (
            <DeadlineCounter
              remainingWorkingDays={f.remainingWorkingDays}
              overdue={f.overdue}
              dueDate={f.dueDate}
            />
          )}
        </Flex>
        <FilingSteps status={f.status} />
        <Descriptions
          className="prov-detail-dates"
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: 'submitted',
              label: t('prov.col.submittedAt'),
              children: formatDateTimeShort(f.submittedAt) || t('common.none'),
            },
            {
              key: 'filed',
              label: t('prov.field.filedAt'),
              children: formatDateTimeShort(f.filedAt) || t('common.none'),
            },
            { key: 'county', label: t('prov.detail.county'), children: f.provider.divisionName },
          ]}
        />
        {f.status === 'returned' && f.returnReason && (
          <Alert
            type="warning"
            showIcon
            title={t('prov.detail.returnReason')}
            description={<span className="prov-pre">{f.returnReason}</span>}
          />
        )}
        {f.exceptionReason && (
          <Alert
            className="console-note"
            type="info"
            showIcon
            title={t('prov.detail.exceptionReason')}
            description={<span className="prov-pre">{f.exceptionReason}</span>}
          />
        )}
      </Card>
      <ProviderRecord providerId={f.providerId} status={f.status} />
      <Row gutter={[16, 16]}>
        {/* On a phone the actions, checks and history come first; the long form follows. */}
        <Col xs={{ span: 24, order: 2 }} xl={{ span: 16, order: 1 }}>
          <Card title={t('prov.detail.registration')} className="console-block">
            <ProviderInfo provider={f.provider} />
          </Card>
          <Card title={t('prov.detail.form')} className="console-block">
            {pendingChange && f.data && f.filedData ? (
              <Tabs
                items={[
                  {
                    key: 'change',
                    label: t('prov.detail.changeTab'),
                    children: <FilingDataView data={f.data} canDownload={canDownload} files={f.files} />,
                  },
                  {
                    key: 'filed',
                    label: t('prov.detail.filedTab', { version: f.version }),
                    children: <FilingDataView data={f.filedData} canDownload={canDownload} files={f.files} />,
                  },
                ]}
              />
            ) : shown ? (
              <FilingDataView data={shown} canDownload={canDownload} files={f.files} />
            ) : (
              <Empty description={t('prov.detail.noForm')} />
            )}
          </Card>
        </Col>
        <Col xs={{ span: 24, order: 1 }} xl={{ span: 8, order: 2 }}>
          {reviewer && (
            <Card title={t('prov.detail.actions')} className="console-block">
              <ReviewActions filing={f} canIssueManager={can('providers.set-manager')} />
            </Card>
          )}
          <Card title={t('prov.checks.title')} className="console-block">
            <ChecksList checks={f.checks} />
          </Card>
          <Card title={t('prov.timeline.title')} className="console-block">
            <FilingTimeline events={f.events} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
