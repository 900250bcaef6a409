import type { JcWeights } from '@tuoyu/contracts';
import { JC_COUNTY_INDICATORS, JC_UNIT_INDICATORS, type JcAssessIndicator } from '@tuoyu/domain';
import { App, Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { useEffect } from 'react';
import { enumKey, useT } from '../../shared/i18n';
import { useFormSave } from '../common/serverErrors';
import { useSaveWeights, useWeights } from './queries';

const sumOf = (o: Record<string, number | null | undefined> | undefined) =>
  Object.values(o ?? {}).reduce<number>((a, v) => a + (v ?? 0), 0);

/** The weights editor: each kind's weights with their running total, which must reach 100. */
export function WeightsCard({ year, editable }: { year: number; editable: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<JcWeights>();
  const weights = useWeights(year);
  const saveWeights = useSaveWeights(year);
  useEffect(() => {
    if (weights.data) form.setFieldsValue(weights.data.weights);
  }, [weights.data, form]);
  const values = Form.useWatch([], form);
  const { save, error } = useFormSave(form, async (w: JcWeights) => {
    await saveWeights.mutateAsync(w);
    void message.success(t('jca.weights.saved'));
  });
  const group = (kind: 'county' | 'unit', list: readonly JcAssessIndicator[]) => {
    const sum = sumOf(values?.[kind]);
    return (
      <div>
        <Typography.Text strong>
          {t(kind === 'county' ? 'jca.weights.county' : 'jca.weights.unit')}
        </Typography.Text>
        <Typography.Text type={sum === 100 ? 'success' : 'danger'} style={{ marginInlineStart: 12 }}>
          {t('jca.weights.sum', { sum })}
        </Typography.Text>
        <Flex wrap gap={12} style={{ marginTop: 8 }}>
          {list.map((i) => (
            <Form.Item
              key={i}
              name={[kind, i]}
              label={t(enumKey('jcAssessIndicator', i))}
              rules={[{ required: true }]}
            >
              <InputNumber min={0} max={100} precision={0} disabled={!editable} style={{ width: 120 }} />
            </Form.Item>
          ))}
        </Flex>
      </div>
    );
  };
  const balanced = sumOf(values?.county) === 100 && sumOf(values?.unit) === 100;
  return (
    <Card
      size="small"
      title={t('jca.weights')}
      loading={weights.isPending}
      extra={
        editable && (
          <Button
            type="primary"
            ghost
            disabled={!balanced}
            loading={saveWeights.isPending}
            onClick={() => void save()}
          >
            {t('jca.weights.save')}
          </Button>
        )
      }
    >
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Form form={form} layout="vertical">
        {group('county', JC_COUNTY_INDICATORS)}
        {group('unit', JC_UNIT_INDICATORS)}
      </Form>
    </Card>
  );
}
