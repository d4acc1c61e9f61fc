import { PasswordForm } from '../../profile/components/password-form';
import { StagePage } from '../components/stage-page';

/** Stage `change_password`: a one-time password was used and must be replaced. */
export function ChangePasswordPage() {
  return (
    <StagePage titleKey="stage.passwordTitle" introKey="stage.passwordIntro">
      {(finish) => <PasswordForm onChanged={finish} />}
    </StagePage>
  );
}
