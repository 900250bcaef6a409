import type { ComplaintDetail, Role } from '@tuoyu/contracts';
import { COMPLAINT_OUTCOMES } from '@tuoyu/domain';
import { App, Form, Input, Radio, Select } from 'antd';
import { useT } from '../../shared/i18n';
import { usePermission } from '../auth/permissions';
import { FormDrawer } from '../common/FormDrawer';
import { RoleTag } from '../common/RoleTag';
import { useFormSave } from '../common/serverErrors';
import { outcomeKey } from './labels';
import { useAssignees, useComplaintAction } from './queries';

interface DrawerProps {
  c: ComplaintDetail;
  open: boolean;
  onClose: () => void;
}

type AssignFields = {
  target: 'user' | 'township' | 'county';
  userId?: number;
  townshipCode?: string;
  divisionCode?: string;
};

/** 分派: to an officer or a township of the case's county; the city may also hand a case to a county. */
export function AssignDrawer({ c, open, onClose }: DrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignFields>();
  const action = useComplaintAction(c.id);
  const who = useAssignees(c.id, open);
  const mayReroute = usePermission('complaints.reroute');
  const target = Form.useWatch('target', form) ?? (c.status === 'received' ? 'county' : 'user');
  const targets = [
    ...(c.status !== 'received' ? (['user', 'township'] as const) : []),
    ...(mayReroute ? (['county'] as const) : []),
  ];
  const { save, error } = useFormSave(form, async (v) => {
    const body =
      v.target === 'user'
        ? { userId: v.userId }
        : v.target === 'township'
          ? { townshipCode: v.townshipCode }
          : { divisionCode: v.divisionCode };
    await action.mutateAsync({ action: 'assign', body });
    void message.success(t('common.saved'));
    onClose();
  });
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('cmp.assign.title')}
      width={480}
      saving={action.isPending}
      onSave={() => void save()}
      error={error}
    >
      <Form<AssignFields> form={form} layout="vertical" initialValues={{ target: targets[0] }}>
        <Form.Item name="target" label={t('cmp.assign.to')}>
          <Radio.Group
            optionType="button"
            options={targets.map((x) => ({
              value: x,
              label: t(
                x === 'user'
                  ? 'cmp.assign.officer'
                  : x === 'township'
                    ? 'cmp.assign.township'
                    : 'cmp.assign.county',
              ),
            }))}
          />
        </Form.Item>
        {target === 'user' && (
          <Form.Item
            name="userId"
            label={t('cmp.assign.officer')}
            rules={[
              { required: true, message: t('common.requiredSelect', { label: t('cmp.assign.officer') }) },
            ]}
          >
            <Select<number, { value: number; label: string; role: Role }>
              showSearch
              optionFilterProp="label"
              loading={who.isPending}
              placeholder={t('common.choose')}
              options={(who.data?.users ?? []).map((u) => ({
                value: u.id,
                label: u.displayName,
                role: u.role,
              }))}
              optionRender={(o) => (
                <span>
                  {o.label} <RoleTag role={o.data.role} />
                </span>
              )}
            />
          </Form.Item>
        )}
        {target === 'township' && (
          <Form.Item
            name="townshipCode"
            label={t('cmp.assign.township')}
            rules={[
              { required: true, message: t('common.requiredSelect', { label: t('cmp.assign.township') }) },
            ]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              loading={who.isPending}
              placeholder={t('common.choose')}
              options={(who.data?.townships ?? []).map((x) => ({ value: x.code, label: x.name }))}
            />
          </Form.Item>
        )}
        {target === 'county' && (
          <Form.Item
            name="divisionCode"
            label={t('cmp.assign.county')}
            rules={[
              { required: true, message: t('common.requiredSelect', { label: t('cmp.assign.county') }) },
            ]}
          >
            <Select
              loading={who.isPending}
              placeholder={t('common.choose')}
              options={(who.data?.counties ?? []).map((x) => ({ value: x.code, label: x.name }))}
            />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}

/** 内部备注: officers only, never shown to the complainant. */
export function NoteDrawer({ c, open, onClose }: DrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const action = useComplaintAction(c.id);
  const { save, error } = useFormSave(form, async (v) => {
    await action.mutateAsync({ action: 'notes', body: v });
    void message.success(t('common.saved'));
    form.resetFields();
    onClose();
  });
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('cmp.note.title')}
      width={480}
      saving={action.isPending}
      onSave={() => void save()}
      error={error}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="text"
          label={t('cmp.note.text')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('cmp.note.text') }),
            },
          ]}
        >
          <Input.TextArea rows={5} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** 答复: the finding and the answer the complainant reads with the tracking code. */
export function AnswerDrawer({ c, open, onClose }: DrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ outcome: string; reply: string }>();
  const action = useComplaintAction(c.id);
  const { save, error } = useFormSave(form, async (v) => {
    await action.mutateAsync({ action: 'answer', body: v });
    void message.success(t('common.saved'));
    onClose();
  });
  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('cmp.answer.title')}
      width={520}
      saving={action.isPending}
      onSave={() => void save()}
      error={error}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="outcome"
          label={t('common.finding')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('common.finding') }) }]}
        >
          <Radio.Group options={COMPLAINT_OUTCOMES.map((o) => ({ value: o, label: t(outcomeKey(o)) }))} />
        </Form.Item>
        <Form.Item
          name="reply"
          label={t('common.answer')}
          extra={t('cmp.answer.replyHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('common.answer') }),
            },
          ]}
        >
          <Input.TextArea rows={6} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
