import { PlusOutlined } from '@ant-design/icons';
import type { JcBulletinListItem } from '@tuoyu/contracts';
import { Alert, Button, Card, Grid, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { ErrorResult } from '../common/ErrorResult';
import { PageHeader } from '../common/PageHeader';
import { DEFAULT_PAGE_SIZE } from '../common/paging';
import { BulletinDrawer } from './BulletinDrawer';
import { useBulletins } from './queries';

/**
 * 工作进展通报: the office's drafts and issued bulletins with how many units signed; a member unit's
 * issued bulletins with its own receipt.
 */
export function BulletinsPage() {
  const t = useT();
  const me = useMe();
  const manages = me.permissions.includes('jc.manage');
  const isUnit = me.permissions.includes('jc.report');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const [creating, setCreating] = useState(false);
  const list = useBulletins({ page, pageSize });
  const phone = Grid.useBreakpoint().sm === false;

  return (
    <>
      <PageHeader
        title={t('jcb.title')}
        extra={
          manages && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('jcb.create')}
            </Button>
          )
        }
      />
      <Alert
        className="console-block"
        type="info"
        showIcon
        title={t(isUnit ? 'jcb.hint.unit' : 'jcb.hint.office')}
      />
      <Card>
        {list.isError && !list.data ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<JcBulletinListItem>
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            size={phone ? 'small' : 'middle'}
            scroll={{ x: 760 }}
            locale={{ emptyText: t('jcb.empty') }}
            pagination={{
              current: page,
              pageSize,
              total: list.data?.total ?? 0,
              hideOnSinglePage: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (p, s) => {
                setPage(p);
                setPageSize(s);
              },
            }}
            columns={[
              {
                key: 'title',
                title: t('jcb.titleField'),
                width: 280,
                render: (_, b) => (
                  <>
                    <Link to={`/console/jc-bulletins/${b.id}`}>{b.title}</Link>
                    <br />
                    <Typography.Text type="secondary">{b.number ?? ''}</Typography.Text>
                  </>
                ),
              },
              {
                key: 'period',
                title: t('jcb.period'),
                width: 200,
                render: (_, b) => `${b.periodFrom} ~ ${b.periodTo}`,
              },
              {
                key: 'status',
                title: t('common.status'),
                width: 100,
                render: (_, b) => (
                  <Tag color={b.status === 'issued' ? 'green' : 'default'}>
                    {t(enumKey('jcBulletinStatus', b.status))}
                  </Tag>
                ),
              },
              { key: 'issuedOn', title: t('jcb.issuedOn'), width: 120, dataIndex: 'issuedOn' },
              isUnit
                ? {
                    key: 'mine',
                    title: t('jcb.receipts'),
                    width: 110,
                    render: (_, b) =>
                      b.myAcknowledgedAt ? (
                        <Tag color="green">{t('jcb.mine.signed')}</Tag>
                      ) : (
                        <Tag color="orange">{t('jcb.mine.pending')}</Tag>
                      ),
                  }
                : {
                    key: 'receipts',
                    title: t('jcb.receipts'),
                    width: 110,
                    render: (_, b) =>
                      b.status === 'issued'
                        ? t('jcb.receiptsOf', { done: b.acknowledged, total: b.recipients })
                        : '',
                  },
              {
                key: 'public',
                title: t('jcb.public'),
                width: 100,
                render: (_, b) => (b.public ? <Tag color="blue">{t('common.yes')}</Tag> : ''),
              },
            ]}
          />
        )}
      </Card>
      {creating && <BulletinDrawer onClose={() => setCreating(false)} />}
    </>
  );
}
