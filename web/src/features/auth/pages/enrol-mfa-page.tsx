import { TotpEnrol } from '../../profile/components/totp-enrol';
import { StagePage } from '../components/stage-page';

/** Stage `enrol_mfa`: a role requires 2FA and the user has none yet. */
export function EnrolMfaPage() {
  return (
    <StagePage titleKey="stage.enrolTitle" introKey="stage.enrolIntro">
      {(finish) => <TotpEnrol onDone={finish} />}
    </StagePage>
  );
}
