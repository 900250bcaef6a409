import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FeeCeilings } from '@tuoyu/contracts';
import {
  CLASS_TYPE_NAMES,
  CLASS_TYPES,
  FEE_UNIT_NAMES,
  FEE_UNITS,
  formatYuan,
  SERVICE_FORM_NAMES,
  SERVICE_FORMS,
  yuanToFen,
} from '@tuoyu/domain';
import { Button, Form, type FormInstance, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useT } from '../../../shared/i18n';
import { useLocalized } from '../labels';
import type { FeeRow, FilingFormValues } from './formModel';

interface FeesEditorProps {
  form: FormInstance<FilingFormValues>;
  disabled: boolean;
  listErrors: string[];
  /** The city's guided ceilings (inclusive providers, monthly fees). */
  ceilings: FeeCeilings['items'] | undefined;
}

/** 收费: every fee item disclosed (明码标价, 巴政办发〔2021〕20号 (四)3), amounts typed in yuan. */
export function FeesEditor({ form, disabled, listErrors, ceilings }: FeesEditorProps) {
  const t = useT();
  const loc = useLocalized();
  const rows = (Form.useWatch('fees', form) ?? []) as FeeRow[];
  const inclusive = Form.useWatch('inclusive', form) as boolean | undefined;

  const ceilingFor = (row: FeeRow | undefined) => {
    if (!inclusive || !row?.serviceForm || row.unit !== 'month' || !ceilings) return undefined;
    const matches = ceilings.filter(
      (c) => c.serviceForm === row.serviceForm && (!row.classType || c.classType === row.classType),
    );
    if (matches.length === 0) return undefined;
    return Math.min(...matches.map((c) => c.maxMonthlyFen));
  };

  return (
    <Form.List name="fees">
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={fields}
            locale={{ emptyText: t('prov.my.feesEmpty') }}
            columns={[
              {
                title: t('prov.col.feeItem'),
                key: 'item',
                width: 110,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'item']}
                    className="prov-cell-item"
                    rules={[
                      {
                        required: true,
                        whitespace: true,
                        message: t('common.required', { label: t('prov.col.feeItem') }),
                      },
                    ]}
                  >
                    <Input
                      aria-label={t('prov.col.feeItem')}
                      maxLength={40}
                      disabled={disabled}
                      placeholder={t('prov.my.feeItemPlaceholder')}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('common.serviceForm'),
                key: 'serviceForm',
                width: 100,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'serviceForm']}
                    className="prov-cell-item"
                    rules={[
                      {
                        required: true,
                        message: t('common.requiredSelect', { label: t('common.serviceForm') }),
                      },
                    ]}
                  >
                    <Select
                      aria-label={t('common.serviceForm')}
                      disabled={disabled}
                      options={SERVICE_FORMS.map((f) => ({ value: f, label: loc(SERVICE_FORM_NAMES[f]) }))}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('prov.col.classTypeOptional'),
                key: 'classType',
                width: 120,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'classType']} className="prov-cell-item">
                    <Select
                      aria-label={t('common.classType')}
                      allowClear
                      disabled={disabled}
                      placeholder={t('prov.data.allClasses')}
                      options={CLASS_TYPES.map((c) => ({ value: c, label: loc(CLASS_TYPE_NAMES[c]) }))}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('prov.col.unit'),
                key: 'unit',
                width: 92,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'unit']}
                    className="prov-cell-item"
                    rules={[
                      { required: true, message: t('common.requiredSelect', { label: t('prov.col.unit') }) },
                    ]}
                  >
                    <Select
                      aria-label={t('prov.col.unit')}
                      disabled={disabled}
                      options={FEE_UNITS.map((u) => ({
                        value: u,
                        label: t('prov.my.perUnit', { unit: loc(FEE_UNIT_NAMES[u]) }),
                      }))}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('prov.col.amountYuan'),
                key: 'amount',
                width: 140,
                render: (_, field) => {
                  const row = rows[field.name];
                  const ceiling = ceilingFor(row);
                  const fen = row?.amount ? yuanToFen(String(row.amount)) : null;
                  const over = ceiling !== undefined && fen !== null && fen > ceiling;
                  return (
                    <Form.Item
                      name={[field.name, 'amount']}
                      className="prov-cell-item"
                      rules={[
                        {
                          required: true,
                          message: t('common.required', { label: t('prov.col.amountYuan') }),
                        },
                        {
                          validator: async (_r, value: string | undefined) => {
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
                      extra={
                        ceiling !== undefined ? (
                          <Typography.Text type={over ? 'danger' : 'secondary'} className="prov-cell-help">
                            {t('prov.my.ceilingHint', { max: formatYuan(ceiling) })}
                          </Typography.Text>
                        ) : undefined
                      }
                    >
                      <InputNumber<string>
                        aria-label={t('prov.col.amountYuan')}
                        stringMode
                        min="0"
                        max="1000000"
                        precision={2}
                        prefix="¥"
                        disabled={disabled}
                        className="console-input-full"
                      />
                    </Form.Item>
                  );
                },
              },
              {
                title: t('common.actions'),
                key: 'remove',
                width: 48,
                render: (_, field) => (
                  <Button
                    type="text"
                    danger
                    disabled={disabled}
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('prov.my.removeFee', { n: field.name + 1 })}
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
          />
          {listErrors.map((message) => (
            <Typography.Text key={message} type="danger" className="prov-list-error" role="alert">
              {message}
            </Typography.Text>
          ))}
          <div className="prov-list-footer">
            <Button
              icon={<PlusOutlined aria-hidden />}
              disabled={disabled}
              onClick={() => add({ serviceForm: 'full_day', unit: 'month' } satisfies FeeRow)}
            >
              {t('prov.my.addFee')}
            </Button>
          </div>
        </>
      )}
    </Form.List>
  );
}
