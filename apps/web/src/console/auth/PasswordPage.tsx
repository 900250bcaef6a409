import { PasswordForm } from './PasswordForm';

/** `/console/password`, open to every console user. */
export function PasswordPage() {
  return <PasswordForm />;
}
