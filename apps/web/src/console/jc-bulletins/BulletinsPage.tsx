import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { JcBulletinListItem } from '@tuoyu/contracts';
import { Alert, Button, Card, Grid, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { useMe } from '../auth/session';
import { PagedTable, usePaging } from '../common/PagedTable';
import { PageHeader } from '../common/PageHeader';
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
  const paging = usePaging();
  const [creating, setCreating] = useState(false);
  const list = useBulletins({ page: paging.page, pageSize: paging.pageSize });
  const phone = Grid.useBreakpoint().sm === false;

  return (
    <>
      <PageHeader
        title={t('jcb.title')}
        extra={
          <>
            <Button icon={<DownloadOutlined aria-hidden />} href="/api/jc/bulletins/export.xlsx">
              {t('common.exportExcel')}
            </Button>
            {manages && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
                {t('jcb.create')}
              </Button>
            )}
          </>
        }
      />
      <Alert
        className="console-block"
        type="info"
        showIcon
        title={t(isUnit ? 'jcb.hint.unit' : 'jcb.hint.office')}
      />
      <Card>
        <PagedTable<JcBulletinListItem>
          list={list}
          paging={paging}
          emptyText={t('jcb.empty')}
          scrollX={760}
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
                  {phone && isUnit && (
                    <>
                      {' '}
                      <MyReceipt at={b.myAcknowledgedAt} />
                    </>
                  )}
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
                  render: (_, b) => <MyReceipt at={b.myAcknowledgedAt} />,
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
      </Card>
      {creating && <BulletinDrawer onClose={() => setCreating(false)} />}
    </>
  );
}

function MyReceipt({ at }: { at: string | null }) {
  const t = useT();
  return at ? (
    <Tag color="green">{t('jcb.mine.signed')}</Tag>
  ) : (
    <Tag color="orange">{t('jcb.mine.pending')}</Tag>
  );
}
