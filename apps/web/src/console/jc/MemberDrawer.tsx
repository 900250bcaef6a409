import type { JcPosition } from '@tuoyu/contracts';
import { JC_POSITIONS } from '@tuoyu/domain';
import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { enumKey, type MessageKey, useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { useAppointMember, useProposeMember } from './queries';
import { useJcUnits } from './units';

interface MemberValues {
  unitCode?: string;
  position: JcPosition;
  name: string;
  title: string;
  mobile?: string;
  fromOn: Dayjs;
  reason?: string;
}

/**
 * `appoint`: the office records the holder of any position of any unit (the convener, deputy and
 * director included). `propose`: a unit proposes its own member or liaison for the office to confirm.
 */
export function MemberDrawer({
  mode,
  open,
  onClose,
}: {
  mode: 'appoint' | 'propose';
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberValues>();
  const { options } = useJcUnits();
  const appoint = useAppointMember();
  const propose = useProposeMember();
  const { save, error } = useFormSave(form, async (v) => {
    const common = {
      position: v.position,
      name: v.name.trim(),
      title: v.title.trim(),
      fromOn: v.fromOn.format('YYYY-MM-DD'),
      ...(v.mobile?.trim() ? { mobile: v.mobile.trim() } : {}),
    };
    if (mode === 'appoint') await appoint.mutateAsync({ ...common, unitCode: v.unitCode ?? '' });
    else
      await propose.mutateAsync({
        ...common,
        position: v.position === 'liaison' ? 'liaison' : 'member',
        ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
      });
    void message.success(t('jc.member.saved'));
    onClose();
  });
  const required = (label: MessageKey) => [
    { required: true, message: t('common.required', { label: t(label) }) },
  ];
  const positions = mode === 'appoint' ? JC_POSITIONS : (['member', 'liaison'] as const);

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t(mode === 'appoint' ? 'jc.member.appoint' : 'jc.member.propose')}
      width={520}
      saving={appoint.isPending || propose.isPending}
      onSave={() => void save()}
      error={error}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          position: mode === 'appoint' ? 'convener' : 'liaison',
          unitCode: 'health',
          fromOn: beijingTodayValue(),
        }}
      >
        {mode === 'appoint' && (
          <Form.Item name="unitCode" label={t('jc.member.unit')} rules={required('jc.member.unit')}>
            <Select showSearch optionFilterProp="label" options={options} />
          </Form.Item>
        )}
        <Form.Item name="position" label={t('jc.member.position')} rules={required('jc.member.position')}>
          <Select options={positions.map((p) => ({ value: p, label: t(enumKey('jcPosition', p)) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('jc.member.name')} rules={required('jc.member.name')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="title" label={t('jc.member.jobTitle')} rules={required('jc.member.jobTitle')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('jc.member.mobile')}
          rules={[{ pattern: /^1\d{10}$/, message: t('common.mobileInvalid') }]}
        >
          <Input maxLength={11} inputMode="tel" />
        </Form.Item>
        <Form.Item name="fromOn" label={t('jc.member.fromOn')} rules={required('jc.member.fromOn')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        {mode === 'propose' && (
          <Form.Item name="reason" label={t('jc.member.proposalReason')}>
            <Input.TextArea rows={2} maxLength={400} />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
