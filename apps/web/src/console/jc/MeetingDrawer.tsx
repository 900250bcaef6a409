import type { JcMeetingKind } from '@tuoyu/contracts';
import { JC_MEETING_KINDS } from '@tuoyu/domain';
import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { enumKey, useT } from '../../shared/i18n';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { useCreateMeeting } from './queries';
import { useJcUnits } from './units';

interface MeetingValues {
  kind: JcMeetingKind;
  title: string;
  date: Dayjs;
  place?: string;
  chair?: string;
  unitCodes: string[];
}

/** 召开会议: kind, title, date, place, chair and the invited units (all 18 for a plenary). */
export function MeetingDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<MeetingValues>();
  const { options } = useJcUnits();
  const create = useCreateMeeting();
  const kind = Form.useWatch('kind', form);
  const all = options.map((o) => o.value);

  // A plenary invites every member unit; the office narrows a thematic or liaison meeting.
  useEffect(() => {
    if (open && kind === 'plenary' && all.length > 0) form.setFieldValue('unitCodes', all);
  }, [open, kind, all.length, form, all]);

  const { save, error } = useFormSave(form, async (v) => {
    const { id } = await create.mutateAsync({
      kind: v.kind,
      title: v.title.trim(),
      date: v.date.format('YYYY-MM-DD'),
      ...(v.place?.trim() ? { place: v.place.trim() } : {}),
      ...(v.chair?.trim() ? { chair: v.chair.trim() } : {}),
      unitCodes: v.unitCodes,
    });
    void message.success(t('jc.meeting.created'));
    onClose();
    void navigate(`/console/jc/meetings/${id}`);
  });
  const required = (label: Parameters<typeof t>[0]) => [
    { required: true, message: t('common.required', { label: t(label) }) },
  ];

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('jc.meeting.new')}
      width={560}
      saving={create.isPending}
      onSave={() => void save()}
      error={error}
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'plenary', unitCodes: all }}>
        <Form.Item name="kind" label={t('jc.meeting.kind')} rules={required('jc.meeting.kind')}>
          <Select
            options={JC_MEETING_KINDS.map((k) => ({ value: k, label: t(enumKey('jcMeetingKind', k)) }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('jc.meeting.title')} rules={required('jc.meeting.title')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="date" label={t('jc.meeting.date')} rules={required('jc.meeting.date')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label={t('jc.meeting.place')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="chair" label={t('jc.meeting.chair')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item
          name="unitCodes"
          label={t('jc.meeting.units')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('jc.meeting.units') }) }]}
          extra={kind === 'plenary' ? t('jc.meeting.allUnits') : undefined}
        >
          <Select mode="multiple" options={options} optionFilterProp="label" maxTagCount="responsive" />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
