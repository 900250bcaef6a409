import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarDay } from '@tuoyu/contracts';
import { beijingDate, isoWeekday, isValidIsoDate } from '@tuoyu/domain';
import { Alert, App, Button, Card, Flex, Form, Input, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../shared/i18n';
import { ErrorResult } from '../common/ErrorResult';
import { ExcelImport } from '../common/ExcelImport';
import { formatDateTime } from '../common/format';
import { PageHeader } from '../common/PageHeader';
import { useFormSave } from '../common/serverErrors';
import { MonthGrid } from './MonthGrid';
import { calendarKey, useCalendarYear, useSaveCalendarYear } from './queries';
import '../providers/providers.css';
import './calendar.css';

const FIRST_YEAR = 2025;
const thisYear = () => Number(beijingDate(Date.now()).slice(0, 4));

interface Values {
  days: CalendarDay[];
}

/**
 * 系统设置 › 节假日安排: a year's weekday holidays and weekend make-up workdays — computed from the
 * statutory rule until the city enters the State Council's schedule here (rows or Excel). Saving
 * replaces the year; the server recomputes the open deadlines it moves.
 */
export function CalendarPage() {
  const t = useT();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const now = thisYear();
  const year = Number(params.get('year')) || now;
  const years = Array.from({ length: now + 3 - FIRST_YEAR }, (_, i) => FIRST_YEAR + i);
  const calendar = useCalendarYear(year);
  const save = useSaveCalendarYear(year);
  const [form] = Form.useForm<Values>();
  const weekdays = t('cal.weekdays').split(',');

  const {
    onFinish: submit,
    error: formError,
    setError: setFormError,
  } = useFormSave(form, async (values: Values) => {
    await save.mutateAsync(values.days ?? []);
    void message.success(t('cal.saved', { year }));
  });

  useEffect(() => {
    if (calendar.data) form.setFieldsValue({ days: calendar.data.days });
    setFormError(null);
  }, [form, calendar.data, setFormError]);

  const data = calendar.data;
  return (
    <>
      <PageHeader
        title={t('cal.title')}
        extra={
          <Select
            aria-label={t('common.year')}
            value={year}
            onChange={(y) => setParams({ year: String(y) })}
            options={years.map((y) => ({ value: y, label: t('cal.yearOption', { year: y }) }))}
            className="cal-year-select"
          />
        }
      />
      <Alert className="console-block" type="info" showIcon title={t('cal.lead')} />
      {calendar.isError ? (
        <ErrorResult error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : !data ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <>
          <Card className="console-block">
            <Flex vertical gap={12}>
              <Flex gap={8} wrap align="center">
                {data.official ? (
                  <Tag color="success">
                    {data.updatedAt
                      ? t('cal.officialSince', { at: formatDateTime(data.updatedAt) })
                      : t('cal.official')}
                  </Tag>
                ) : (
                  <Tag color="warning">{t('cal.statutoryOnly')}</Tag>
                )}
              </Flex>
              {!data.official && <Alert type="warning" showIcon title={t('cal.statutoryHint', { year })} />}
              <ExcelImport
                uploadPath={`/api/calendar/${year}/import`}
                templateHref={`/api/calendar/${year}/template.xlsx`}
                buttonLabel="cal.import"
                invalidate={[calendarKey(year), ['calendar-warning']]}
              />
            </Flex>
          </Card>
          <Card className="console-block">
            <Form<Values> form={form} name="calendar" onFinish={submit} initialValues={{ days: data.days }}>
              {formError && (
                <Alert className="console-block" type="error" showIcon title={formError} role="alert" />
              )}
              <Form.List name="days">
                {(fields, { add, remove }) => (
                  <>
                    <Table
                      rowKey="key"
                      size="small"
                      pagination={false}
                      scroll={{ x: 'max-content' }}
                      dataSource={fields}
                      locale={{ emptyText: t('cal.empty') }}
                      columns={[
                        {
                          title: t('common.date'),
                          key: 'date',
                          render: (_, field) => (
                            <Form.Item
                              name={[field.name, 'date']}
                              className="prov-cell-item"
                              rules={[
                                {
                                  validator: async (_r, v: string | undefined) => {
                                    if (!v || !isValidIsoDate(v) || !v.startsWith(`${year}-`))
                                      throw new Error(t('cal.dateInvalid', { year }));
                                  },
                                },
                              ]}
                            >
                              <Input
                                aria-label={t('cal.dateLabel', { n: field.name + 1 })}
                                placeholder={t('cal.datePlaceholder')}
                                className="cal-date-input"
                              />
                            </Form.Item>
                          ),
                        },
                        {
                          title: t('cal.col.weekday'),
                          key: 'weekday',
                          render: (_, field) => (
                            <Form.Item noStyle shouldUpdate>
                              {() => {
                                const d = form.getFieldValue(['days', field.name, 'date']) as string;
                                return d && isValidIsoDate(d) ? weekdays[isoWeekday(d)] : '—';
                              }}
                            </Form.Item>
                          ),
                        },
                        {
                          title: t('common.kind'),
                          key: 'kind',
                          render: (_, field) => (
                            <Form.Item name={[field.name, 'kind']} className="prov-cell-item">
                              <Select
                                aria-label={t('cal.kindLabel', { n: field.name + 1 })}
                                className="cal-kind-select"
                                options={[
                                  { value: 'holiday', label: t('cal.kind.holiday') },
                                  { value: 'workday', label: t('cal.kind.workday') },
                                ]}
                              />
                            </Form.Item>
                          ),
                        },
                        {
                          title: t('common.name'),
                          key: 'name',
                          render: (_, field) => (
                            <Form.Item
                              name={[field.name, 'name']}
                              className="prov-cell-item"
                              rules={[{ required: true, whitespace: true, message: t('cal.nameRequired') }]}
                            >
                              <Input
                                aria-label={t('cal.nameLabel', { n: field.name + 1 })}
                                maxLength={30}
                                className="cal-name-input"
                              />
                            </Form.Item>
                          ),
                        },
                        {
                          title: t('common.actions'),
                          key: 'actions',
                          render: (_, field) => (
                            <Button
                              type="link"
                              danger
                              icon={<DeleteOutlined aria-hidden />}
                              aria-label={t('cal.removeRow', { n: field.name + 1 })}
                              onClick={() => remove(field.name)}
                            >
                              {t('cal.remove')}
                            </Button>
                          ),
                        },
                      ]}
                    />
                    <Button
                      className="cal-add"
                      icon={<PlusOutlined aria-hidden />}
                      onClick={() => add({ date: `${year}-`, kind: 'holiday', name: '' })}
                    >
                      {t('cal.add')}
                    </Button>
                  </>
                )}
              </Form.List>
              <div className="prov-list-footer">
                <Typography.Text type="secondary">{t('cal.saveNote')}</Typography.Text>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {t('cal.save', { year })}
                </Button>
              </div>
            </Form>
          </Card>
          <Typography.Title level={2} className="console-section-title">
            {t('cal.months')}
          </Typography.Title>
          <MonthGrid year={year} days={data.days} />
        </>
      )}
    </>
  );
}
