import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { isValidMobile } from '@tuoyu/domain';
import { Button, Flex, Form, Input } from 'antd';
import { useT } from '../../shared/i18n';

/**
 * The guardians of a child (1–4: name, relation, mobile) inside an Ant Design form, under the
 * field name `guardians`: shared by 入托登记 and 录取 so both ask the same way. The server checks
 * the mobiles again and puts its errors on `guardians.<n>.mobile`.
 */
export function GuardiansList() {
  const t = useT();
  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });
  return (
    <Form.List name="guardians">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Flex key={field.key} gap={8} align="start" wrap>
              <Form.Item
                name={[field.name, 'name']}
                rules={[required(t('ops.children.guardianName'))]}
                style={{ flex: '1 1 120px' }}
              >
                <Input
                  placeholder={t('ops.children.guardianName')}
                  aria-label={t('ops.children.guardianName')}
                  maxLength={32}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'relation']}
                rules={[required(t('ops.children.relation'))]}
                style={{ flex: '0 1 100px' }}
              >
                <Input
                  placeholder={t('ops.children.relation')}
                  aria-label={t('ops.children.relation')}
                  maxLength={16}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'mobile']}
                rules={[
                  required(t('common.mobile')),
                  {
                    validator: (_, value: string | undefined) =>
                      !value?.trim() || isValidMobile(value.trim())
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('common.mobileInvalid'))),
                  },
                ]}
                style={{ flex: '1 1 140px' }}
              >
                <Input
                  placeholder={t('common.mobile')}
                  aria-label={t('common.mobile')}
                  maxLength={11}
                  inputMode="tel"
                />
              </Form.Item>
              <Button
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('ops.children.guardianRemove')}
                title={t('ops.children.guardianRemove')}
                disabled={fields.length <= 1}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          {fields.length < 4 && (
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ name: '', relation: '', mobile: '' })}
            >
              {t('ops.children.guardianAdd')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
