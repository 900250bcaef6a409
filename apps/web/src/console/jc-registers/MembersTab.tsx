import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { JcAssociationMember } from '@tuoyu/contracts';
import { JC_ASSOCIATION_ROLES, type JcAssociationRole } from '@tuoyu/domain';
import { Button, Flex, Grid, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { DEFAULT_PAGE_SIZE } from '../common/paging';
import { MemberDrawer } from './MemberDrawer';
import { membersExportHref, useMembers } from './queries';

const ROLE_COLOR: Record<JcAssociationRole, string> = {
  president: 'red',
  vice_president: 'volcano',
  council: 'blue',
  member: 'default',
};

/** The industry association's member providers with their roles; the office adds and edits. */
export function MembersTab({ manages }: { manages: boolean }) {
  const t = useT();
  const [role, setRole] = useState<JcAssociationRole | undefined>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const [editing, setEditing] = useState<JcAssociationMember | 'new' | null>(null);
  const list = useMembers({ page, pageSize, role });
  const phone = Grid.useBreakpoint().sm === false;
  return (
    <>
      <Flex className="console-block" gap={8} wrap justify="space-between">
        <Select<JcAssociationRole | undefined>
          allowClear
          placeholder={t('jcr.allRoles')}
          style={{ width: 160 }}
          value={role}
          onChange={(v) => {
            setRole(v);
            setPage(1);
          }}
          options={JC_ASSOCIATION_ROLES.map((r) => ({ value: r, label: t(enumKey('jcAssociationRole', r)) }))}
        />
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined aria-hidden />} href={membersExportHref(role)}>
            {t('common.exportExcel')}
          </Button>
          {manages && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
              {t('jcr.member.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      {list.isError && !list.data ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<JcAssociationMember>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          size={phone ? 'small' : 'middle'}
          scroll={{ x: 720 }}
          locale={{ emptyText: t('jcr.member.empty') }}
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
              key: 'provider',
              title: t('jcr.member.provider'),
              width: 280,
              render: (_, m) => <Link to={`/providers/${m.providerId}`}>{m.providerName}</Link>,
            },
            {
              key: 'role',
              title: t('jcr.member.role'),
              width: 120,
              render: (_, m) => (
                <Tag color={ROLE_COLOR[m.role]}>{t(enumKey('jcAssociationRole', m.role))}</Tag>
              ),
            },
            { key: 'joinedOn', title: t('jcr.member.joinedOn'), dataIndex: 'joinedOn', width: 120 },
            {
              key: 'active',
              title: t('common.status'),
              width: 90,
              render: (_, m) =>
                m.active ? <Tag color="green">{t('jcr.active')}</Tag> : <Tag>{t('jcr.memberInactive')}</Tag>,
            },
            ...(manages
              ? [
                  {
                    key: 'actions',
                    title: t('common.actions'),
                    width: 80,
                    render: (_: unknown, m: JcAssociationMember) => (
                      <Button size="small" onClick={() => setEditing(m)}>
                        {t('jcr.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing && (
        <MemberDrawer member={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
