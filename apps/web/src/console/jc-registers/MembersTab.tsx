import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import type { JcAssociationMember } from '@tuoyu/contracts';
import { JC_ASSOCIATION_ROLES, type JcAssociationRole } from '@tuoyu/domain';
import { Button, Flex, Select, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { PagedTable, usePaging } from '../common/PagedTable';
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
  const paging = usePaging();
  const [editing, setEditing] = useState<JcAssociationMember | 'new' | null>(null);
  const list = useMembers({ page: paging.page, pageSize: paging.pageSize, role });
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
            paging.setPage(1);
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
      <PagedTable<JcAssociationMember>
        list={list}
        paging={paging}
        emptyText={t('jcr.member.empty')}
        scrollX={720}
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
            render: (_, m) => <Tag color={ROLE_COLOR[m.role]}>{t(enumKey('jcAssociationRole', m.role))}</Tag>,
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
      {editing && (
        <MemberDrawer member={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
