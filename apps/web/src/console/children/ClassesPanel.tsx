import { PlusOutlined } from '@ant-design/icons';
import type { CareClass } from '@tuoyu/contracts';
import { CLASS_TYPE_NAMES, CLASS_TYPES, maxClassSize } from '@tuoyu/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Progress,
  Select,
  Skeleton,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { useFormSave } from '../common/serverErrors';
import { useLocalized } from '../providers/labels';
import { type CreateClassBody, useClasses, useCreateClass } from './queries';

/** The provider's classes as cards: type, room, enrolled against capacity; tapping one filters the list. */
export function ClassesPanel({
  selected,
  onSelect,
}: {
  selected: number | undefined;
  onSelect: (classId: number | undefined) => void;
}) {
  const t = useT();
  const loc = useLocalized();
  const classes = useClasses();
  const [creating, setCreating] = useState(false);

  return (
    <Card
      className="console-block"
      title={t('common.classes')}
      extra={
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
          {t('ops.classes.create')}
        </Button>
      }
    >
      {classes.isError && !classes.data ? (
        <ErrorResult error={classes.error} onRetry={() => void classes.refetch()} />
      ) : classes.isPending ? (
        <Skeleton active />
      ) : classes.data.items.length === 0 ? (
        <Empty description={t('ops.classes.empty')} />
      ) : (
        <div className="ops-class-cards">
          {classes.data.items.map((c: CareClass) => (
            <Card
              key={c.id}
              size="small"
              hoverable
              role="button"
              tabIndex={0}
              aria-pressed={selected === c.id}
              className={selected === c.id ? 'ops-class-card is-selected' : 'ops-class-card'}
              onClick={() => onSelect(selected === c.id ? undefined : c.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(selected === c.id ? undefined : c.id);
                }
              }}
            >
              <Typography.Text strong>{c.name}</Typography.Text>
              <Typography.Text type="secondary">
                {' · '}
                {loc(CLASS_TYPE_NAMES[c.type])}
                {c.room ? ` · ${c.room}` : ''}
              </Typography.Text>
              <div>{t('ops.classes.enrolled', { enrolled: c.enrolled, capacity: c.capacity })}</div>
              <Progress
                percent={Math.round((c.enrolled / Math.max(c.capacity, 1)) * 100)}
                showInfo={false}
                size="small"
                status={c.enrolled > c.capacity ? 'exception' : 'normal'}
              />
            </Card>
          ))}
        </div>
      )}
      <ClassModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}

interface ClassFields {
  type: CareClass['type'];
  name: string;
  capacity: number;
  room?: string;
}

function ClassModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const loc = useLocalized();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClassFields>();
  const create = useCreateClass();
  const type = Form.useWatch('type', form);
  const max = type ? maxClassSize(type) : 200;

  const { onFinish: submit, error: formError } = useFormSave(form, async (fields: ClassFields) => {
    const body: CreateClassBody = { ...fields, room: fields.room?.trim() || undefined };
    await create.mutateAsync(body);
    void message.success(t('ops.classes.created', { name: fields.name }));
    form.resetFields();
    onClose();
  });

  return (
    <Modal
      open={open}
      title={t('ops.classes.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      {formError && <Alert className="console-block" type="error" showIcon title={formError} />}
      <Form<ClassFields> form={form} layout="vertical" onFinish={(fields) => void submit(fields)}>
        <Form.Item
          name="type"
          label={t('common.classType')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('common.classType') }) }]}
        >
          <Select
            options={CLASS_TYPES.map((c) => ({
              value: c,
              label: `${loc(CLASS_TYPE_NAMES[c])}（${t('ops.classes.max', { max: maxClassSize(c) })}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('common.className')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { label: t('common.className') }),
            },
          ]}
        >
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name="capacity"
          label={t('ops.classes.capacity')}
          extra={type ? t('ops.classes.max', { max }) : undefined}
          rules={[
            { required: true, message: t('common.required', { label: t('ops.classes.capacity') }) },
            { type: 'number', min: 1, max, message: t('ops.classes.tooBig', { max }) },
          ]}
        >
          <InputNumber min={1} max={200} precision={0} />
        </Form.Item>
        <Form.Item name="room" label={t('ops.classes.room')}>
          <Input maxLength={32} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
