import type { Filing } from '@tuoyu/contracts';
import { isFilingEditable, isInBayannur, SERVICE_FORM_NAMES, SERVICE_FORMS } from '@tuoyu/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError, errorMessage } from '../../../shared/api';
import { useT } from '../../../shared/i18n';
import { placeServerErrors, splitPath } from '../../common/serverErrors';
import { toDivisionTree, useDivisions } from '../../reference/queries';
import { ChecksList } from '../ChecksList';
import { FilingTimeline } from '../FilingTimeline';
import { formatDate, useLocalized } from '../labels';
import { useFeeCeilings, useSaveFiling, useSubmitFiling } from '../queries';
import { ClassesEditor } from './ClassesEditor';
import { DocumentsEditor } from './DocumentsEditor';
import { FeesEditor } from './FeesEditor';
import { type FilingFormValues, fieldForPath, toFilingData, toFormValues } from './formModel';
import { SelfCheck } from './SelfCheck';

interface Problems {
  title: string;
  items: string[];
}

/** The provider's filing form (基本信息 / 场地与安全 / 班级 / 收费 / 保险 / 材料), 保存 and 提交备案. */
export function FilingForm({ filing }: { filing: Filing }) {
  const t = useT();
  const loc = useLocalized();
  const { message } = App.useApp();
  const [form] = Form.useForm<FilingFormValues>();
  const provider = filing.provider;
  const [initial] = useState(() => toFormValues(filing.data ?? filing.filedData, provider));
  const [live, setLive] = useState<FilingFormValues>(initial);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [listErrors, setListErrors] = useState<{ classes: string[]; fees: string[] }>({
    classes: [],
    fees: [],
  });
  const save = useSaveFiling();
  const submit = useSubmitFiling();
  const ceilings = useFeeCeilings();
  const divisions = useDivisions();
  const townships = divisions.data ? toDivisionTree(divisions.data).townshipsOf(provider.divisionCode) : [];
  const editable = isFilingEditable(filing.status);
  const disabled = !editable;
  const change = filing.status === 'filed';
  const familyPoint = provider.kind === 'family_point';
  const totalCapacity = (live.classes ?? []).reduce((sum, c) => sum + (c?.capacity ?? 0), 0);
  const location = live.location;
  const locationOutside =
    typeof location?.lat === 'number' &&
    typeof location?.lng === 'number' &&
    !isInBayannur({ lat: location.lat, lng: location.lng });

  const showServerProblems = (error: unknown) => {
    const placed = placeServerErrors(form, error, fieldForPath);
    const listLevel = { classes: [] as string[], fees: [] as string[] };
    if (error instanceof ApiError) {
      for (const e of error.fieldErrors) {
        const path = splitPath(e.path);
        if (path.length === 1 && (path[0] === 'classes' || path[0] === 'fees'))
          listLevel[path[0]].push(e.message);
      }
      setProblems({
        title: error.problem.detail || error.problem.title,
        items: error.fieldErrors.length ? error.fieldErrors.map((e) => e.message) : [],
      });
    } else {
      setProblems({ title: errorMessage(error), items: placed.unplaced.length > 1 ? placed.unplaced : [] });
    }
    setListErrors(listLevel);
    document.getElementById('filing-problems')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  /** Validates, then saves; the server's rejection lands on the fields. Returns whether it saved. */
  const persist = async (): Promise<boolean> => {
    setProblems(null);
    setListErrors({ classes: [], fees: [] });
    try {
      await form.validateFields();
    } catch (info) {
      const first = (info as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: 'center' });
      void message.error(t('prov.my.fixFields'));
      return false;
    }
    try {
      await save.mutateAsync({ id: filing.id, data: toFilingData(form.getFieldsValue(true), provider.kind) });
      return true;
    } catch (error) {
      showServerProblems(error);
      return false;
    }
  };

  const onSave = async () => {
    if (await persist()) void message.success(t('prov.my.saved'));
  };

  const onSubmit = async () => {
    if (!(await persist())) return;
    try {
      const result = await submit.mutateAsync(filing.id);
      void message.success(
        t(change ? 'prov.my.changeSubmitted' : 'prov.my.submitted', { date: formatDate(result.dueDate) }),
      );
      window.scrollTo({ top: 0, behavior: 'smooth' });
    } catch (error) {
      showServerProblems(error);
    }
  };

  const section = (title: string, children: ReactNode, id: string) => (
    <Card title={title} className="console-block" id={id}>
      {children}
    </Card>
  );

  const insuranceRule = (label: string) => ({
    validator: async (_: unknown, value: unknown) => {
      const ins = form.getFieldValue('insurance') as FilingFormValues['insurance'];
      const any = !!(ins?.insurer?.trim() || ins?.policyNo?.trim() || ins?.validUntil);
      if (any && (value === undefined || value === null || (typeof value === 'string' && !value.trim()))) {
        throw new Error(t('prov.my.insuranceAll', { label }));
      }
    },
  });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <div id="filing-problems" className="prov-scroll-anchor" />
        {problems && (
          <Alert
            className="console-block"
            type="error"
            showIcon
            role="alert"
            title={problems.title}
            description={
              problems.items.length > 0 ? (
                <ul className="prov-problem-list">
                  {problems.items.map((item, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: messages may repeat; the order is stable
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              ) : undefined
            }
            closable={{ onClose: () => setProblems(null) }}
          />
        )}
        <Form<FilingFormValues>
          form={form}
          name="filing"
          layout="vertical"
          initialValues={initial}
          disabled={disabled}
          onValuesChange={(_, all) => setLive(all)}
          scrollToFirstError
        >
          {section(
            t('prov.section.basic'),
            <>
              <Form.Item
                label={t('prov.field.siteAddress')}
                name="address"
                rules={[
                  {
                    required: true,
                    whitespace: true,
                    message: t('common.required', { label: t('prov.field.siteAddress') }),
                  },
                ]}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    label={t('prov.field.township')}
                    name="townshipCode"
                    rules={[
                      {
                        required: true,
                        message: t('common.requiredSelect', { label: t('prov.field.township') }),
                      },
                    ]}
                  >
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      loading={divisions.isPending}
                      options={townships.map((d) => ({ value: d.code, label: d.name, title: d.code }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    label={t('prov.field.openingHours')}
                    name="openingHours"
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('common.required', { label: t('prov.field.openingHours') }),
                      },
                    ]}
                  >
                    <Input maxLength={100} placeholder={t('prov.my.openingHoursPlaceholder')} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                label={t('prov.field.serviceForms')}
                name="serviceForms"
                rules={[
                  { required: true, type: 'array', min: 1, message: t('prov.reg.serviceFormsRequired') },
                ]}
              >
                <Checkbox.Group
                  options={SERVICE_FORMS.map((f) => ({ value: f, label: loc(SERVICE_FORM_NAMES[f]) }))}
                />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={12} md={6}>
                  <Form.Item
                    label={t('prov.field.inclusive')}
                    name="inclusive"
                    valuePropName="checked"
                    extra={t('prov.my.inclusiveHint')}
                  >
                    <Switch checkedChildren={t('prov.yes')} unCheckedChildren={t('prov.no')} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    label={t('prov.field.mealsServed')}
                    name="mealsServed"
                    valuePropName="checked"
                    extra={t('prov.my.mealsHint')}
                  >
                    <Switch checkedChildren={t('prov.yes')} unCheckedChildren={t('prov.no')} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item label={t('prov.field.ageFrom')} name="ageFromMonths">
                    <InputNumber
                      min={0}
                      max={36}
                      precision={0}
                      suffix={t('prov.unit.months')}
                      className="console-input-full"
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item label={t('prov.field.ageTo')} name="ageToMonths">
                    <InputNumber
                      min={1}
                      max={36}
                      precision={0}
                      suffix={t('prov.unit.months')}
                      className="console-input-full"
                    />
                  </Form.Item>
                </Col>
              </Row>
            </>,
            'filing-basic',
          )}
          {section(
            t('prov.section.site'),
            <>
              <Row gutter={16}>
                <Col xs={12} md={8}>
                  <Form.Item
                    label={t('prov.field.lat')}
                    name={['location', 'lat']}
                    rules={[
                      { required: true, message: t('common.required', { label: t('prov.field.lat') }) },
                    ]}
                  >
                    <InputNumber
                      min={-90}
                      max={90}
                      precision={6}
                      step={0.0001}
                      className="console-input-full"
                      placeholder="40.7434"
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item
                    label={t('prov.field.lng')}
                    name={['location', 'lng']}
                    rules={[
                      { required: true, message: t('common.required', { label: t('prov.field.lng') }) },
                    ]}
                  >
                    <InputNumber
                      min={-180}
                      max={180}
                      precision={6}
                      step={0.0001}
                      className="console-input-full"
                      placeholder="107.3877"
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Typography.Paragraph type={locationOutside ? 'warning' : 'secondary'} className="prov-hint">
                {locationOutside ? t('prov.my.locationOutside') : t('prov.my.locationHint')}
              </Typography.Paragraph>
              <Row gutter={16}>
                <Col xs={12} md={6}>
                  <Form.Item
                    label={t('prov.field.buildingArea')}
                    name="buildingAreaM2"
                    rules={[
                      {
                        required: true,
                        message: t('common.required', { label: t('prov.field.buildingArea') }),
                      },
                    ]}
                    extra={t('prov.my.indoorHint', { need: totalCapacity * 3 })}
                  >
                    <InputNumber
                      min={0}
                      max={1000000}
                      precision={1}
                      suffix="m²"
                      className="console-input-full"
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    label={t('prov.field.outdoorArea')}
                    name="outdoorAreaM2"
                    rules={[
                      {
                        required: true,
                        message: t('common.required', { label: t('prov.field.outdoorArea') }),
                      },
                    ]}
                    extra={
                      familyPoint
                        ? t('prov.my.outdoorFamily')
                        : t('prov.my.outdoorHint', { need: totalCapacity * 2 })
                    }
                  >
                    <InputNumber
                      min={0}
                      max={1000000}
                      precision={1}
                      suffix="m²"
                      className="console-input-full"
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    label={t('prov.field.floorMax')}
                    name="floorMax"
                    rules={[
                      { required: true, message: t('common.required', { label: t('prov.field.floorMax') }) },
                    ]}
                    extra={t('prov.my.floorHint')}
                  >
                    <InputNumber min={-5} max={100} precision={0} className="console-input-full" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item
                    label={t('prov.field.cctvRetention')}
                    name="cctvRetentionDays"
                    rules={[
                      {
                        required: true,
                        message: t('common.required', { label: t('prov.field.cctvRetention') }),
                      },
                    ]}
                    extra={t('prov.my.cctvHint')}
                  >
                    <InputNumber
                      min={0}
                      max={3650}
                      precision={0}
                      suffix={t('prov.unit.day')}
                      className="console-input-full"
                    />
                  </Form.Item>
                </Col>
              </Row>
            </>,
            'filing-site',
          )}
          {section(
            t('prov.section.classes'),
            <ClassesEditor
              form={form}
              kind={provider.kind}
              disabled={disabled}
              listErrors={listErrors.classes}
            />,
            'filing-classes',
          )}
          {section(
            t('prov.section.fees'),
            <FeesEditor
              form={form}
              disabled={disabled}
              listErrors={listErrors.fees}
              ceilings={ceilings.data}
            />,
            'filing-fees',
          )}
          {section(
            t('prov.section.insurance'),
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  label={t('prov.field.insurer')}
                  name={['insurance', 'insurer']}
                  dependencies={[
                    ['insurance', 'policyNo'],
                    ['insurance', 'validUntil'],
                  ]}
                  rules={[insuranceRule(t('prov.field.insurer'))]}
                >
                  <Input maxLength={64} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  label={t('prov.field.policyNo')}
                  name={['insurance', 'policyNo']}
                  dependencies={[
                    ['insurance', 'insurer'],
                    ['insurance', 'validUntil'],
                  ]}
                  rules={[insuranceRule(t('prov.field.policyNo'))]}
                >
                  <Input maxLength={64} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  label={t('prov.field.validUntil')}
                  name={['insurance', 'validUntil']}
                  dependencies={[
                    ['insurance', 'insurer'],
                    ['insurance', 'policyNo'],
                  ]}
                  rules={[insuranceRule(t('prov.field.validUntil'))]}
                >
                  <DatePicker className="console-input-full" />
                </Form.Item>
              </Col>
            </Row>,
            'filing-insurance',
          )}
          {section(
            t('prov.section.documents'),
            <DocumentsEditor form={form} kind={provider.kind} disabled={disabled} />,
            'filing-documents',
          )}
        </Form>
        {editable && (
          <Flex className="prov-form-actions" gap={8} justify="flex-end" wrap>
            <Typography.Text type="secondary" className="prov-form-actions-note">
              {t(change ? 'prov.my.changeNote' : 'prov.my.submitNote')}
            </Typography.Text>
            <Button onClick={() => void onSave()} loading={save.isPending && !submit.isPending}>
              {t('common.save')}
            </Button>
            <Button type="primary" onClick={() => void onSubmit()} loading={submit.isPending}>
              {t(change ? 'prov.my.submitChange' : 'prov.my.submit')}
            </Button>
          </Flex>
        )}
      </Col>
      <Col xs={24} xl={8}>
        {editable && (
          <Card title={t('prov.my.selfCheck')} className="console-block">
            <Typography.Paragraph type="secondary">{t('prov.my.selfCheckLead')}</Typography.Paragraph>
            <SelfCheck values={live} provider={provider} ceilings={ceilings.data} />
          </Card>
        )}
        {!editable && filing.checks.length > 0 && (
          <Card title={t('prov.checks.title')} className="console-block">
            <ChecksList checks={filing.checks} />
          </Card>
        )}
        <Card title={t('prov.timeline.title')} className="console-block">
          <FilingTimeline events={filing.events} />
        </Card>
      </Col>
    </Row>
  );
}
