import type { Me, RegistrationBody } from '@tuoyu/contracts';
import {
  checkProviderName,
  isValidCreditCode,
  LEGAL_FORM_NAMES,
  LEGAL_FORMS,
  type LegalForm,
  legalFormForCreditCode,
  NAME_PROBLEM_MESSAGES,
  PROVIDER_KIND_NAMES,
  PROVIDER_KINDS,
  type ProviderKind,
  SERVICE_FORM_NAMES,
  SERVICE_FORMS,
  type ServiceForm,
} from '@tuoyu/domain';
import { Alert, App, Checkbox, Flex, Form, type FormInstance, Input, Select } from 'antd';
import { useT } from '../../../shared/i18n';
import { useFormSave } from '../../common/serverErrors';
import { toDivisionTree, useDivisions } from '../../reference/queries';
import { CountySelect } from '../CountySelect';
import { useLocalized } from '../labels';
import type { useRegisterProvider } from '../queries';

export interface RegistrationFields {
  name: string;
  creditCode: string;
  legalForm?: LegalForm;
  kind?: ProviderKind;
  divisionCode?: string;
  townshipCode?: string;
  address: string;
  serviceForms: ServiceForm[];
  legalRepresentative: string;
  contactPhone: string;
}

const FIELDS = new Set<string>([
  'name',
  'creditCode',
  'legalForm',
  'kind',
  'divisionCode',
  'townshipCode',
  'address',
  'serviceForms',
  'legalRepresentative',
  'contactPhone',
]);

/** The legal form a registering unit registers (登记和备案办法); education registers toddler classes. */
const UNIT_LEGAL_FORM: Record<string, LegalForm> = {
  bianban: 'public_institution',
  civil: 'social_service',
  samr: 'enterprise',
};

const PHONE_PATTERN = /^[0-9-]{7,20}$/;

interface RegistrationFormProps {
  form: FormInstance<RegistrationFields>;
  me: Me;
  countyCode: string | undefined;
  onRegister: ReturnType<typeof useRegisterProvider>['mutateAsync'];
  onDone: () => void;
}

export function RegistrationForm({ form, me, countyCode, onRegister, onDone }: RegistrationFormProps) {
  const t = useT();
  const loc = useLocalized();
  const { message } = App.useApp();
  const divisions = useDivisions();
  const county = Form.useWatch('divisionCode', form);
  const townships = divisions.data && county ? toDivisionTree(divisions.data).townshipsOf(county) : [];
  const edu = me.unit === 'edu';

  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });
  const requiredSelect = (label: string) => ({
    required: true,
    message: t('common.requiredSelect', { label }),
  });

  const { onFinish: submit, error: formError } = useFormSave(
    form,
    async (fields: RegistrationFields) => {
      const body = {
        ...fields,
        name: fields.name.trim(),
        creditCode: fields.creditCode.trim().toUpperCase(),
        townshipCode: fields.townshipCode || undefined,
      } as RegistrationBody;
      await onRegister(body);
      void message.success(t('prov.reg.done', { name: body.name }));
      onDone();
    },
    { resolve: (path) => (typeof path[0] === 'string' && FIELDS.has(path[0]) ? [path[0]] : null) },
  );

  return (
    <Form<RegistrationFields>
      form={form}
      name="registration"
      layout="vertical"
      initialValues={{
        legalForm: edu ? undefined : UNIT_LEGAL_FORM[me.unit ?? ''],
        kind: edu ? 'kindergarten_class' : 'institution',
        divisionCode: countyCode,
        serviceForms: [],
      }}
      onFinish={submit}
      onValuesChange={(changed: Partial<RegistrationFields>) => {
        if ('divisionCode' in changed) form.setFieldValue('townshipCode', undefined);
      }}
    >
      <Alert
        className="console-block"
        type="info"
        showIcon
        title={t('prov.reg.nameRuleTitle')}
        description={t('prov.reg.nameRule')}
      />
      {formError && <Alert className="console-block" type="error" showIcon title={formError} role="alert" />}
      <Form.Item
        label={t('common.providerName')}
        name="name"
        dependencies={['kind']}
        validateFirst
        rules={[
          required(t('common.providerName')),
          {
            validator: async (_, value: string | undefined) => {
              if (!value?.trim()) return;
              const kind = form.getFieldValue('kind') as ProviderKind | undefined;
              const problems = checkProviderName(value.trim(), kind ?? 'institution', ['full_day']).problems;
              if (problems.length)
                throw new Error(problems.map((p) => loc(NAME_PROBLEM_MESSAGES[p])).join('；'));
            },
          },
        ]}
      >
        <Input maxLength={60} showCount placeholder={t('prov.reg.namePlaceholder')} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('prov.field.creditCode')}
        name="creditCode"
        dependencies={['legalForm']}
        extra={t('prov.reg.creditCodeHint')}
        validateFirst
        rules={[
          required(t('prov.field.creditCode')),
          {
            validator: async (_, value: string | undefined) => {
              const code = value?.trim().toUpperCase() ?? '';
              if (!code) return;
              if (code.length !== 18 || !isValidCreditCode(code))
                throw new Error(t('prov.reg.creditCodeInvalid'));
              const legalForm = form.getFieldValue('legalForm') as LegalForm | undefined;
              const implied = legalFormForCreditCode(code);
              if (legalForm && implied && implied !== legalForm) {
                throw new Error(t('prov.reg.creditCodeMismatch', { form: loc(LEGAL_FORM_NAMES[implied]) }));
              }
            },
          },
        ]}
      >
        <Input maxLength={18} autoComplete="off" className="prov-code-input" />
      </Form.Item>
      <Flex gap={12} wrap className="prov-form-row">
        <Form.Item
          label={t('prov.field.legalForm')}
          name="legalForm"
          className="prov-form-cell"
          rules={[requiredSelect(t('prov.field.legalForm'))]}
        >
          <Select
            options={LEGAL_FORMS.map((f) => ({
              value: f,
              label: loc(LEGAL_FORM_NAMES[f]),
              disabled:
                !edu && UNIT_LEGAL_FORM[me.unit ?? ''] !== undefined && UNIT_LEGAL_FORM[me.unit ?? ''] !== f,
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('prov.field.kind')}
          name="kind"
          className="prov-form-cell"
          rules={[requiredSelect(t('prov.field.kind'))]}
        >
          <Select
            options={PROVIDER_KINDS.map((k) => ({
              value: k,
              label: loc(PROVIDER_KIND_NAMES[k]),
              disabled: edu ? k !== 'kindergarten_class' : k === 'kindergarten_class',
            }))}
          />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap className="prov-form-row">
        <Form.Item
          label={t('prov.field.county')}
          name="divisionCode"
          className="prov-form-cell"
          rules={[requiredSelect(t('prov.field.county'))]}
        >
          <CountySelect only={countyCode ? [countyCode] : undefined} disabled={!!countyCode} />
        </Form.Item>
        <Form.Item label={t('prov.field.township')} name="townshipCode" className="prov-form-cell">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={!county}
            placeholder={t('prov.reg.townshipPlaceholder')}
            options={townships.map((d) => ({ value: d.code, label: d.name, title: d.code }))}
          />
        </Form.Item>
      </Flex>
      <Form.Item label={t('prov.field.address')} name="address" rules={[required(t('prov.field.address'))]}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('prov.field.serviceForms')}
        name="serviceForms"
        extra={t('prov.reg.serviceFormsHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('prov.reg.serviceFormsRequired') }]}
      >
        <Checkbox.Group
          options={SERVICE_FORMS.map((f) => ({ value: f, label: loc(SERVICE_FORM_NAMES[f]) }))}
        />
      </Form.Item>
      <Flex gap={12} wrap className="prov-form-row">
        <Form.Item
          label={t('prov.field.legalRepresentative')}
          name="legalRepresentative"
          className="prov-form-cell"
          rules={[required(t('prov.field.legalRepresentative'))]}
        >
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('prov.field.contactPhone')}
          name="contactPhone"
          className="prov-form-cell"
          rules={[
            required(t('prov.field.contactPhone')),
            { pattern: PHONE_PATTERN, message: t('prov.reg.phoneInvalid') },
          ]}
        >
          <Input inputMode="tel" maxLength={20} autoComplete="off" />
        </Form.Item>
      </Flex>
    </Form>
  );
}
