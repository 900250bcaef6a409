import type { JcAssociationMember } from '@tuoyu/contracts';
import { JC_ASSOCIATION_ROLES, type JcAssociationRole } from '@tuoyu/domain';
import { App, DatePicker, Form, Input, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useDeferredValue, useState } from 'react';
import { enumKey, useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { useProviderSearch, useSaveMember } from './queries';

interface Values {
  providerId: number;
  role: JcAssociationRole;
  joinedOn: Dayjs;
  active: boolean;
}

/** Links a filed provider to the association (`member` null) or edits a member's role and status. */
export function MemberDrawer({
  member,
  onClose,
}: {
  member: JcAssociationMember | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveMember(member?.id ?? null);
  const { onFinish, error } = useFormSave(form, async (v: Values) => {
    const common = { role: v.role, joinedOn: v.joinedOn.format('YYYY-MM-DD'), active: v.active };
    await save.mutateAsync(member ? common : { ...common, providerId: v.providerId });
    void message.success(t('common.saved'));
    onClose();
  });
  return (
    <FormDrawer
      open
      onClose={onClose}
      title={member ? t('jcr.member.edit') : t('jcr.member.add')}
      width={520}
      saving={save.isPending}
      onSave={() => form.submit()}
      error={error}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        initialValues={
          member
            ? { role: member.role, joinedOn: dayjs(member.joinedOn), active: member.active }
            : { role: 'member', joinedOn: beijingTodayValue(), active: true }
        }
      >
        {member ? (
          <Form.Item label={t('jcr.member.provider')}>
            <Input value={member.providerName} disabled />
          </Form.Item>
        ) : (
          <Form.Item
            name="providerId"
            label={t('jcr.member.provider')}
            rules={[
              { required: true, message: t('common.requiredSelect', { label: t('jcr.member.provider') }) },
            ]}
          >
            <ProviderSelect />
          </Form.Item>
        )}
        <Form.Item name="role" label={t('jcr.member.role')} rules={[{ required: true }]}>
          <Select
            options={JC_ASSOCIATION_ROLES.map((r) => ({
              value: r,
              label: t(enumKey('jcAssociationRole', r)),
            }))}
          />
        </Form.Item>
        <Form.Item name="joinedOn" label={t('jcr.member.joinedOn')} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="active" label={t('jcr.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

function ProviderSelect({ value, onChange }: { value?: number; onChange?: (id: number) => void }) {
  const t = useT();
  const [q, setQ] = useState('');
  const found = useProviderSearch(useDeferredValue(q));
  return (
    <Select<number>
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={(v) => onChange?.(v)}
      loading={found.isFetching}
      placeholder={t('jcr.member.providerSearch')}
      options={(found.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.name}（${p.divisionName}）`,
      }))}
    />
  );
}
