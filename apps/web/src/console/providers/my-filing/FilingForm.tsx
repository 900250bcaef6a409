import type { Filing } from '@tuoyu/contracts';
import { isFilingEditable } from '@tuoyu/domain';
import { Alert, App, Button, Card, Col, Flex, Form, Row, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { ApiError, errorMessage } from '../../../shared/api';
import { useT } from '../../../shared/i18n';
import { placeServerErrors, splitPath } from '../../common/serverErrors';
import { ChecksList } from '../ChecksList';
import { FilingTimeline } from '../FilingTimeline';
import { formatDate } from '../labels';
import { useFeeCeilings, useSaveFiling, useSubmitFiling } from '../queries';
import { BasicFields } from './BasicFields';
import { ClassesEditor } from './ClassesEditor';
import { DocumentsEditor } from './DocumentsEditor';
import { FeesEditor } from './FeesEditor';
import { type FilingFormValues, fieldForPath, toFilingData, toFormValues } from './formModel';
import { InsuranceFields } from './InsuranceFields';
import { SelfCheck } from './SelfCheck';
import { SiteFields } from './SiteFields';

interface Problems {
  title: string;
  items: string[];
}

/** The provider's filing form (基本信息 / 场地与安全 / 班级 / 收费 / 保险 / 材料), 保存 and 提交备案. */
export function FilingForm({ filing }: { filing: Filing }) {
  const t = useT();
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
  const editable = isFilingEditable(filing.status);
  const disabled = !editable;
  const change = filing.status === 'filed';
  const familyPoint = provider.kind === 'family_point';
  const totalCapacity = (live.classes ?? []).reduce((sum, c) => sum + (c?.capacity ?? 0), 0);

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
    if (await persist()) void message.success(t('common.saved'));
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
            <BasicFields divisionCode={provider.divisionCode} />,
            'filing-basic',
          )}
          {section(
            t('prov.section.site'),
            <SiteFields location={live.location} totalCapacity={totalCapacity} familyPoint={familyPoint} />,
            'filing-site',
          )}
          {section(
            t('common.classes'),
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
          {section(t('prov.section.insurance'), <InsuranceFields form={form} />, 'filing-insurance')}
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
