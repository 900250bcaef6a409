import { SERVICE_FORM_NAMES, SERVICE_FORMS } from '@tuoyu/domain';
import { Checkbox, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useT } from '../../../shared/i18n';
import { toDivisionTree, useDivisions } from '../../reference/queries';
import { useLocalized } from '../labels';

/** 基本信息: the site's address and township, opening hours, service forms and ages taken. */
export function BasicFields({ divisionCode }: { divisionCode: string }) {
  const t = useT();
  const loc = useLocalized();
  const divisions = useDivisions();
  const townships = divisions.data ? toDivisionTree(divisions.data).townshipsOf(divisionCode) : [];
  return (
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
            label={t('common.openingHours')}
            name="openingHours"
            rules={[
              {
                required: true,
                whitespace: true,
                message: t('common.required', { label: t('common.openingHours') }),
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
        rules={[{ required: true, type: 'array', min: 1, message: t('prov.reg.serviceFormsRequired') }]}
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
            <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item
            label={t('prov.field.mealsServed')}
            name="mealsServed"
            valuePropName="checked"
            extra={t('prov.my.mealsHint')}
          >
            <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
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
    </>
  );
}
