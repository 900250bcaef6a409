import { Col, DatePicker, Form, type FormInstance, Input, Row } from 'antd';
import { useT } from '../../../shared/i18n';
import type { FilingFormValues } from './formModel';

/** 保险: optional, but once one of insurer, policy number and end date is given, all three are. */
export function InsuranceFields({ form }: { form: FormInstance<FilingFormValues> }) {
  const t = useT();
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
    </Row>
  );
}
