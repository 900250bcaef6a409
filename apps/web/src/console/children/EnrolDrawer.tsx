import type { CareClass } from '@tuoyu/contracts';
import { isValidResidentId } from '@tuoyu/domain';
import { App, DatePicker, Flex, Form, Input, Select, Switch, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../shared/i18n';
import { beijingTodayValue } from '../common/beijing';
import { FormDrawer } from '../common/FormDrawer';
import { useFormSave } from '../common/serverErrors';
import { GuardiansList } from './GuardiansList';
import { useCreateChild } from './queries';

interface GuardianFields {
  name: string;
  relation: string;
  mobile: string;
}

interface EnrolFields {
  name: string;
  residentId: string;
  guardians: GuardianFields[];
  classId: number;
  enrolledOn: Dayjs;
  vaccinationUpToDate: boolean;
  entryExamDate?: Dayjs | null;
}

/** 入托登记: a new child; server errors land on their fields, a duplicate enrolment is explained. */
export function EnrolDrawer({
  open,
  classes,
  defaultClassId,
  onClose,
}: {
  open: boolean;
  classes: CareClass[];
  defaultClassId: number | undefined;
  onClose: () => void;
}) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<EnrolFields>();
  const create = useCreateChild();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });

  const { onFinish: submit, error: formError } = useFormSave(form, async (fields: EnrolFields) => {
    const created = await create.mutateAsync({
      name: fields.name,
      residentId: fields.residentId.trim().toUpperCase(),
      guardians: fields.guardians.map((g) => ({ ...g, mobile: g.mobile.trim() })),
      classId: fields.classId,
      enrolledOn: fields.enrolledOn.format('YYYY-MM-DD'),
      vaccinationUpToDate: fields.vaccinationUpToDate,
      entryExamDate: fields.entryExamDate ? fields.entryExamDate.format('YYYY-MM-DD') : null,
    });
    if (created.duplicateFlag) {
      modal.warning({
        title: t('ops.children.duplicateTitle'),
        content: t('ops.children.duplicateBody', { name: fields.name }),
        okText: t('ops.children.understood'),
      });
    } else {
      void message.success(t('ops.children.enrolled', { name: fields.name }));
    }
    onClose();
  });

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      title={t('ops.children.enrol')}
      width={600}
      saving={create.isPending}
      onSave={() => form.submit()}
      error={formError}
    >
      <Form<EnrolFields>
        form={form}
        layout="vertical"
        initialValues={{
          classId: defaultClassId,
          enrolledOn: beijingTodayValue(),
          vaccinationUpToDate: true,
          guardians: [{ name: '', relation: '', mobile: '' }],
        }}
        onFinish={(fields) => void submit(fields)}
      >
        <Form.Item name="name" label={t('ops.field.childName')} rules={[required(t('ops.field.childName'))]}>
          <Input maxLength={32} />
        </Form.Item>
        <Form.Item
          name="residentId"
          label={t('ops.field.residentId')}
          rules={[
            required(t('ops.field.residentId')),
            {
              validator: (_, value: string | undefined) =>
                !value || isValidResidentId(value.trim().toUpperCase())
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ops.field.residentIdInvalid'))),
            },
          ]}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="classId"
          label={t('common.class')}
          rules={[{ required: true, message: t('common.requiredSelect', { label: t('common.class') }) }]}
        >
          <Select
            options={classes.map((c) => ({
              value: c.id,
              label: t('ops.children.classOption', {
                name: c.name,
                enrolled: c.enrolled,
                capacity: c.capacity,
              }),
            }))}
          />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item
            name="enrolledOn"
            label={t('ops.children.enrolledOn')}
            rules={[
              {
                required: true,
                message: t('common.requiredSelect', { label: t('ops.children.enrolledOn') }),
              },
            ]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="entryExamDate" label={t('ops.children.entryExamDate')}>
            <DatePicker />
          </Form.Item>
        </Flex>
        <Form.Item name="vaccinationUpToDate" label={t('ops.children.vaccination')} valuePropName="checked">
          <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
        </Form.Item>
        <Typography.Title level={5}>{t('ops.children.guardians')}</Typography.Title>
        <GuardiansList />
      </Form>
    </FormDrawer>
  );
}
