import { DEPARTMENT_OFFICERS, isOneOf, ROLES, type Role, UNIT_ROLES, type User } from '@tuoyu/contracts';
import { Alert, App, Button, Drawer, Flex, Form, type FormInstance, Grid, Input, Select } from 'antd';
import { enumKey, useT } from '../../shared/i18n';
import { DivisionPicker } from '../common/DivisionPicker';
import { passwordRule } from '../common/passwordPolicy';
import { useFormSave } from '../common/serverErrors';
import { useUnits } from '../reference/queries';
import { COUNTY_MANAGED_ROLE, PROVIDER_MANAGED_ROLE } from './access';
import { CountyDivisionPicker } from './CountyDivisionPicker';
import { useCreateUser, useUpdateUser } from './queries';

export type UserFormMode = { kind: 'create' } | { kind: 'edit'; user: User };

interface UserFields {
  username: string;
  displayName: string;
  mobile?: string;
  role: Role;
  divisionCode: string;
  unit?: string;
  password: string;
}

// Mirrors the server's rules for instant feedback only; the server's answer is what counts.
const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const MOBILE_PATTERN = /^1\d{10}$/;

interface UserFormDrawerProps {
  mode: UserFormMode | null;
  onClose: () => void;
  /**
   * A county regulator's county: the form is then for that county's township officers only — the
   * role is fixed, the division is one of the county's townships and there is no unit.
   */
  countyCode?: string;
  /**
   * A provider's manager: the form is then for its staff only — the role is fixed, the division is
   * not asked (the manager's own is sent) and there is no unit.
   */
  staff?: StaffScope;
}

/** Where a provider manager's staff accounts go: the manager's own division. */
export interface StaffScope {
  divisionCode: string;
  divisionName: string;
}

/** New user / edit user. A failed save keeps the drawer open with everything typed still there. */
export function UserFormDrawer({ mode, onClose, countyCode, staff }: UserFormDrawerProps) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<UserFields>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const editing = mode?.kind === 'edit' ? mode.user : undefined;
  const title = editing ? t('users.form.editTitle', { username: editing.username }) : t('users.create');

  return (
    <Drawer
      open={mode !== null}
      onClose={onClose}
      title={title}
      size={screens.sm === false ? '100%' : 520}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => form.submit()}>
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      {mode && (
        <UserForm
          key={editing?.id ?? 'new'}
          form={form}
          editing={editing}
          countyCode={countyCode}
          staff={staff}
          onCreate={create.mutateAsync}
          onUpdate={update.mutateAsync}
          onDone={onClose}
        />
      )}
    </Drawer>
  );
}

interface UserFormProps {
  form: FormInstance<UserFields>;
  editing: User | undefined;
  countyCode: string | undefined;
  staff: StaffScope | undefined;
  onCreate: ReturnType<typeof useCreateUser>['mutateAsync'];
  onUpdate: ReturnType<typeof useUpdateUser>['mutateAsync'];
  onDone: () => void;
}

function UserForm({ form, editing, countyCode, staff, onCreate, onUpdate, onDone }: UserFormProps) {
  const t = useT();
  const { message } = App.useApp();
  const units = useUnits();
  const watchedRole = Form.useWatch('role', form);
  // The one role a county regulator or a provider's manager may give.
  const fixedRole = countyCode ? COUNTY_MANAGED_ROLE : staff ? PROVIDER_MANAGED_ROLE : undefined;
  const role = fixedRole ?? watchedRole;
  const hasUnit = !fixedRole && !!role && isOneOf(role, UNIT_ROLES);
  const unitRequired = !!role && isOneOf(role, DEPARTMENT_OFFICERS);

  const required = (label: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { label }),
  });
  const requiredSelect = (label: string) => ({
    required: true,
    message: t('common.requiredSelect', { label }),
  });

  const { onFinish: submit, error: formError } = useFormSave(form, async (fields: UserFields) => {
    // A role without units clears it; an empty optional unit is left to the server (keep / default).
    const unit = hasUnit ? (fields.unit ?? undefined) : null;
    const mobile = fields.mobile?.trim() || undefined;
    const fieldsRole = fixedRole ?? fields.role;
    // A provider's staff sit in the manager's division (the server accepts no other).
    const divisionCode = staff ? staff.divisionCode : fields.divisionCode;
    if (editing) {
      // Lists carry a masked mobile, so an empty field means "keep the one on file".
      const body = {
        displayName: fields.displayName,
        role: fieldsRole,
        divisionCode,
        unit,
      };
      await onUpdate({ id: editing.id, body: mobile ? { ...body, mobile } : body });
      void message.success(t('common.saved'));
    } else {
      await onCreate({ ...fields, role: fieldsRole, divisionCode, mobile, unit });
      void message.success(t('users.done.created', { name: fields.displayName }));
    }
    onDone();
  });

  const initialValues = editing
    ? {
        username: editing.username,
        displayName: editing.displayName,
        role: editing.role,
        divisionCode: editing.divisionCode,
        unit: editing.unit ?? undefined,
      }
    : fixedRole
      ? { role: fixedRole }
      : undefined;

  return (
    <Form<UserFields>
      form={form}
      name={editing ? 'edit-user' : 'create-user'}
      layout="vertical"
      initialValues={initialValues}
      onFinish={submit}
    >
      {formError && <Alert className="console-block" type="error" showIcon title={formError} role="alert" />}
      <Form.Item
        label={t('common.username')}
        name="username"
        extra={editing ? undefined : t('users.form.usernameHint')}
        rules={[
          required(t('common.username')),
          { pattern: USERNAME_PATTERN, message: t('users.form.usernameInvalid') },
        ]}
      >
        <Input disabled={!!editing} autoComplete="off" />
      </Form.Item>
      <Form.Item label={t('common.personName')} name="displayName" rules={[required(t('common.personName'))]}>
        <Input autoComplete="off" maxLength={64} />
      </Form.Item>
      <Form.Item
        label={`${t('common.mobile')}（${t('users.form.mobileOptional')}）`}
        name="mobile"
        extra={editing?.mobile ? t('users.form.mobileKeep', { masked: editing.mobile }) : undefined}
        rules={[{ pattern: MOBILE_PATTERN, message: t('common.mobileInvalid') }]}
      >
        <Input inputMode="tel" autoComplete="off" maxLength={11} />
      </Form.Item>
      <Form.Item
        label={t('common.role')}
        name="role"
        extra={
          countyCode
            ? t('users.form.roleFixed')
            : staff
              ? t('users.form.roleFixedStaff', { division: staff.divisionName })
              : undefined
        }
        rules={[requiredSelect(t('common.role'))]}
      >
        <Select
          disabled={!!fixedRole}
          options={(fixedRole ? [fixedRole] : ROLES).map((r) => ({
            value: r,
            label: t(enumKey('role', r)),
          }))}
        />
      </Form.Item>
      {!staff && (
        <Form.Item
          label={t('users.filter.division')}
          name="divisionCode"
          rules={[requiredSelect(t('users.filter.division'))]}
        >
          {countyCode ? (
            <CountyDivisionPicker countyCode={countyCode} placeholder={t('users.form.townshipPlaceholder')} />
          ) : (
            <DivisionPicker placeholder={t('users.form.divisionPlaceholder')} />
          )}
        </Form.Item>
      )}
      {hasUnit && (
        <Form.Item
          label={t('users.col.unit')}
          name="unit"
          extra={unitRequired ? undefined : t('users.form.unitDefault')}
          rules={unitRequired ? [requiredSelect(t('users.col.unit'))] : []}
        >
          <Select
            allowClear={!unitRequired}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('users.form.unitPlaceholder')}
            loading={units.isPending}
            options={units.data?.map((u) => ({ value: u.code, label: u.shortName, title: u.name }))}
          />
        </Form.Item>
      )}
      {!editing && (
        <Form.Item
          label={t('common.initialPassword')}
          name="password"
          extra={`${t('password.policy')} ${t('users.form.passwordHint')}`}
          dependencies={['username']}
          rules={[
            required(t('common.initialPassword')),
            passwordRule(t, () => form.getFieldValue('username') as string | undefined),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
    </Form>
  );
}
