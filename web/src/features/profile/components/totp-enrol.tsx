import { Button, Code, Image, PasswordInput, PinInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { FormStack } from '../../../components/form-stack';
import { OneTimeSecret } from '../../../components/one-time-secret';
import { useConfirmTotp } from '../api/confirm-totp';
import { type TotpEnrolment, useStartTotp } from '../api/start-totp';

/** The QR code comes from the server as SVG text; it is shown as an image, never injected as markup. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/** `onSkip` offers a way out until the code is confirmed; once recovery codes show, only "saved" remains. */
type Props = { knownPassword?: string; onDone: () => void; onSkip?: () => void };

/** Three steps: confirm the password, scan and prove a code, keep the recovery codes. */
export function TotpEnrol({ knownPassword, onDone, onSkip }: Props) {
  const { t } = useTranslation();
  const start = useStartTotp();
  const confirm = useConfirmTotp();
  const [password, setPassword] = useState('');
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  const skip = onSkip && (
    <Button variant="subtle" onClick={onSkip} data-testid="totp-skip">
      {t('common.skip')}
    </Button>
  );

  const begin = (currentPassword: string) => start.mutate({ currentPassword }, { onSuccess: setEnrolment });

  if (recoveryCodes) {
    return (
      <Stack>
        <Text fw={700}>{t('mfa.recoveryTitle')}</Text>
        <OneTimeSecret label={t('mfa.recoveryTitle')} values={recoveryCodes} intro={t('mfa.recoveryIntro')} />
        <Button onClick={onDone} data-testid="recovery-done">
          {t('mfa.recoveryDone')}
        </Button>
      </Stack>
    );
  }

  if (enrolment) {
    return (
      <FormStack
        onSubmit={(e) => {
          e.preventDefault();
          confirm.mutate({ code }, { onSuccess: (r) => setRecoveryCodes(r.recoveryCodes) });
        }}
      >
        <Text>{t('mfa.scan')}</Text>
        <Image src={svgDataUrl(enrolment.qrSvg)} alt={t('mfa.qrAlt')} className="qr-code" data-testid="totp-qr" />
        <div>
          <Text size="sm" fw={600}>
            {t('mfa.secret')}
          </Text>
          <Code className="mono" data-testid="totp-secret">
            {enrolment.secret}
          </Code>
        </div>
        <div>
          <Text size="sm" fw={600} id="totp-code-label" mb={4}>
            {t('mfa.confirmCode')}
          </Text>
          <PinInput
            length={6}
            type="number"
            oneTimeCode
            value={code}
            onChange={setCode}
            aria-labelledby="totp-code-label"
            getInputProps={(index) => ({ 'aria-label': `${t('mfa.confirmCode')} ${index + 1}` })}
            style={{ direction: 'ltr' }}
            data-testid="totp-code"
          />
        </div>
        <ErrorAlert error={confirm.error} />
        <Button type="submit" loading={confirm.isPending} disabled={code.length !== 6}>
          {t('mfa.confirm')}
        </Button>
        {skip}
      </FormStack>
    );
  }

  if (knownPassword) {
    return (
      <Stack>
        <ErrorAlert error={start.error} />
        <Button onClick={() => begin(knownPassword)} loading={start.isPending} data-testid="totp-start">
          {t('mfa.start')}
        </Button>
        {skip}
      </Stack>
    );
  }

  return (
    <FormStack
      onSubmit={(e) => {
        e.preventDefault();
        if (password) begin(password);
      }}
    >
      <PasswordInput
        label={t('common.currentPassword')}
        description={t('common.currentPasswordHint')}
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      <ErrorAlert error={start.error} />
      <Button type="submit" loading={start.isPending} data-testid="totp-start">
        {t('mfa.start')}
      </Button>
      {skip}
    </FormStack>
  );
}
