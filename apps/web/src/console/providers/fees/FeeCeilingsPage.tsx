import type { FeeCeilings } from '@tuoyu/contracts';
import {
  CLASS_TYPE_NAMES,
  CLASS_TYPES,
  type ClassType,
  formatYuan,
  SERVICE_FORM_NAMES,
  SERVICE_FORMS,
  type ServiceForm,
  yuanToFen,
} from '@tuoyu/domain';
import { Alert, App, Button, Card, Form, InputNumber, Skeleton, Table, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { useT } from '../../../shared/i18n';
import { usePermission } from '../../auth/permissions';
import { ErrorResult } from '../../common/ErrorResult';
import { PageHeader } from '../../common/PageHeader';
import { useFormSave } from '../../common/serverErrors';
import { useLocalized } from '../labels';
import { useFeeCeilings, useSaveFeeCeilings } from '../queries';

/** Form values: one yuan amount (as typed) per class type × service form; empty = no ceiling. */
type Grid = Record<ClassType, Partial<Record<ServiceForm, string | null>>>;

function toGrid(items: FeeCeilings['items']): Grid {
  const grid = Object.fromEntries(CLASS_TYPES.map((c) => [c, {}])) as Grid;
  for (const item of items) grid[item.classType][item.serviceForm] = (item.maxMonthlyFen / 100).toFixed(2);
  return grid;
}

function toItems(grid: Grid): FeeCeilings['items'] {
  return CLASS_TYPES.flatMap((classType) =>
    SERVICE_FORMS.flatMap((serviceForm) => {
      const value = grid[classType]?.[serviceForm];
      const fen = value === undefined || value === null || value === '' ? null : yuanToFen(String(value));
      return fen === null ? [] : [{ classType, serviceForm, maxMonthlyFen: fen }];
    }),
  );
}

/**
 * 收费上限: the city's guided monthly fee ceilings for inclusive (普惠) care by class type and service
 * form (巴政办发〔2021〕20号 (四)3), checked on filing and on each change. Saving replaces them all.
 */
export function FeeCeilingsPage() {
  const t = useT();
  const loc = useLocalized();
  const { message } = App.useApp();
  const editable = usePermission('fee-ceilings.edit');
  const ceilings = useFeeCeilings();
  const save = useSaveFeeCeilings();
  const [form] = Form.useForm<Grid>();
  const initial = useMemo(() => (ceilings.data ? toGrid(ceilings.data) : undefined), [ceilings.data]);

  useEffect(() => {
    if (initial) form.setFieldsValue(initial);
  }, [form, initial]);

  // The grid's cells are keyed by class type and fee kind, not by the server's item index: every
  // message shows above the grid.
  const { onFinish: submit, error: formError } = useFormSave(
    form,
    async (grid: Grid) => {
      const saved = await save.mutateAsync({ items: toItems(grid) });
      void message.success(t('prov.fee.saved', { count: saved.items.length }));
    },
    { resolve: () => null },
  );

  const columns = [
    {
      title: t('common.classType'),
      key: 'classType',
      fixed: 'left' as const,
      render: (_: unknown, classType: ClassType) => (
        <Typography.Text strong>{loc(CLASS_TYPE_NAMES[classType])}</Typography.Text>
      ),
    },
    ...SERVICE_FORMS.map((serviceForm) => ({
      title: loc(SERVICE_FORM_NAMES[serviceForm]),
      key: serviceForm,
      render: (_: unknown, classType: ClassType) =>
        editable ? (
          <Form.Item
            name={[classType, serviceForm]}
            className="prov-cell-item"
            rules={[
              {
                validator: async (_r: unknown, value: string | null | undefined) => {
                  if (
                    value !== undefined &&
                    value !== null &&
                    value !== '' &&
                    yuanToFen(String(value)) === null
                  ) {
                    throw new Error(t('prov.my.amountInvalid'));
                  }
                },
              },
            ]}
          >
            <InputNumber<string>
              aria-label={t('prov.fee.cellLabel', {
                classType: loc(CLASS_TYPE_NAMES[classType]),
                serviceForm: loc(SERVICE_FORM_NAMES[serviceForm]),
              })}
              stringMode
              min="0"
              max="1000000"
              precision={2}
              prefix="¥"
              suffix={t('prov.fee.perMonth')}
              placeholder={t('prov.fee.none')}
              className="prov-fee-input"
            />
          </Form.Item>
        ) : (
          <ReadCell items={ceilings.data ?? []} classType={classType} serviceForm={serviceForm} />
        ),
    })),
  ];

  return (
    <>
      <PageHeader title={t('prov.fee.title')} />
      <Alert
        className="console-block"
        type="info"
        showIcon
        title={editable ? t('prov.fee.lead') : t('prov.fee.leadReadOnly')}
        description={t('prov.fee.source')}
      />
      <Card>
        {ceilings.isError ? (
          <ErrorResult error={ceilings.error} onRetry={() => void ceilings.refetch()} />
        ) : ceilings.isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : (
          <Form<Grid> form={form} name="fee-ceilings" initialValues={initial} onFinish={submit}>
            {formError && (
              <Alert className="console-block" type="error" showIcon title={formError} role="alert" />
            )}
            {!editable && ceilings.data.length === 0 && (
              <Alert className="console-block" type="warning" showIcon title={t('prov.fee.emptyReadOnly')} />
            )}
            {editable && ceilings.data.length === 0 && (
              <Alert className="console-block" type="warning" showIcon title={t('prov.fee.empty')} />
            )}
            <Table<ClassType>
              rowKey={(classType) => classType}
              size="middle"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={[...CLASS_TYPES]}
              columns={columns}
            />
            {editable && (
              <div className="prov-list-footer">
                <Typography.Text type="secondary">{t('prov.fee.saveNote')}</Typography.Text>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('common.save')}
                </Button>
              </div>
            )}
          </Form>
        )}
      </Card>
    </>
  );
}

function ReadCell({
  items,
  classType,
  serviceForm,
}: {
  items: FeeCeilings['items'];
  classType: ClassType;
  serviceForm: ServiceForm;
}) {
  const t = useT();
  const item = items.find((i) => i.classType === classType && i.serviceForm === serviceForm);
  return item ? (
    <span>
      {formatYuan(item.maxMonthlyFen)}
      {t('prov.fee.perMonth')}
    </span>
  ) : (
    <Typography.Text type="secondary">{t('prov.fee.none')}</Typography.Text>
  );
}
