import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CLASS_TYPE_NAMES,
  CLASS_TYPES,
  type ClassType,
  carerRatio,
  maxClassSize,
  minCarers,
  type ProviderKind,
} from '@tuoyu/domain';
import { Button, Form, type FormInstance, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useT } from '../../../shared/i18n';
import { useLocalized } from '../labels';
import type { ClassRow, FilingFormValues } from './formModel';

interface ClassesEditorProps {
  form: FormInstance<FilingFormValues>;
  kind: ProviderKind;
  disabled: boolean;
  /** Messages about the class list as a whole (e.g. 至少须设置一个班). */
  listErrors: string[];
}

/**
 * 班级: one row per class — type, name, planned children, planned carers — with the live limits of
 * 《托育机构设置标准（试行）》: the largest class and the fewest carers for the children planned.
 */
export function ClassesEditor({ form, kind, disabled, listErrors }: ClassesEditorProps) {
  const t = useT();
  const loc = useLocalized();
  const rows = (Form.useWatch('classes', form) ?? []) as ClassRow[];
  const familyPoint = kind === 'family_point';
  const types = CLASS_TYPES.filter((type) => (familyPoint ? type === 'family' : type !== 'family'));
  const total = rows.reduce((sum, r) => sum + (r?.capacity ?? 0), 0);

  return (
    <Form.List name="classes">
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={fields}
            locale={{ emptyText: t('prov.my.classesEmpty') }}
            columns={[
              {
                title: t('common.classType'),
                key: 'type',
                width: 130,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'type']}
                    className="prov-cell-item"
                    rules={[
                      {
                        required: true,
                        message: t('common.requiredSelect', { label: t('common.classType') }),
                      },
                    ]}
                  >
                    <Select
                      aria-label={t('common.classType')}
                      disabled={disabled}
                      options={types.map((type) => ({ value: type, label: loc(CLASS_TYPE_NAMES[type]) }))}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('common.className'),
                key: 'name',
                width: 140,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'name']} className="prov-cell-item">
                    <Input
                      aria-label={t('common.className')}
                      maxLength={32}
                      disabled={disabled}
                      placeholder={t('prov.my.classNamePlaceholder')}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('prov.col.capacity'),
                key: 'capacity',
                width: 100,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'capacity']}
                    className="prov-cell-item"
                    extra={<CapacityHint row={rows[field.name]} />}
                    rules={[
                      { required: true, message: t('common.required', { label: t('prov.col.capacity') }) },
                    ]}
                  >
                    <InputNumber
                      aria-label={t('prov.col.capacity')}
                      min={1}
                      max={200}
                      precision={0}
                      disabled={disabled}
                      className="console-input-full"
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('common.carers'),
                key: 'carers',
                width: 130,
                render: (_, field) => (
                  <Form.Item
                    name={[field.name, 'carers']}
                    className="prov-cell-item"
                    extra={<CarersHint row={rows[field.name]} />}
                    rules={[{ required: true, message: t('common.required', { label: t('common.carers') }) }]}
                  >
                    <InputNumber
                      aria-label={t('common.carers')}
                      min={0}
                      max={100}
                      precision={0}
                      disabled={disabled}
                      className="console-input-full"
                    />
                  </Form.Item>
                ),
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
                    aria-label={t('prov.my.removeClass', { n: field.name + 1 })}
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
              onClick={() => add({ type: familyPoint ? 'family' : undefined } satisfies ClassRow)}
            >
              {t('prov.my.addClass')}
            </Button>
            <Typography.Text type="secondary">{t('common.placesInTotal', { total })}</Typography.Text>
          </div>
        </>
      )}
    </Form.List>
  );
}

/** 最多 15 人 — red when the planned children exceed the class size (设置标准). */
function CapacityHint({ row }: { row: ClassRow | undefined }) {
  const t = useT();
  const type = row?.type as ClassType | undefined;
  if (!type) return null;
  const max = maxClassSize(type);
  return (
    <Typography.Text type={(row?.capacity ?? 0) > max ? 'danger' : 'secondary'} className="prov-cell-help">
      {t('prov.my.hintMax', { max })}
    </Typography.Text>
  );
}

/** 至少 3 名（1:5） — red when fewer carers are planned than the ratio needs (设置标准). */
function CarersHint({ row }: { row: ClassRow | undefined }) {
  const t = useT();
  const type = row?.type as ClassType | undefined;
  const capacity = row?.capacity ?? 0;
  if (!type || capacity <= 0) return null;
  const need = minCarers(type, capacity);
  return (
    <Typography.Text type={(row?.carers ?? 0) < need ? 'danger' : 'secondary'} className="prov-cell-help">
      {t('prov.my.hintCarers', { ratio: carerRatio(type), need })}
    </Typography.Text>
  );
}
