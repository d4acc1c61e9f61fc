import { Stack, type StackProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

type Props = StackProps & {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
  'data-testid'?: string;
};

/** A form laid out as a Mantine Stack; browser validation is off because fields show translated errors. */
export function FormStack({ onSubmit, children, 'data-testid': testId, ...stackProps }: Props) {
  return (
    <form noValidate onSubmit={onSubmit} data-testid={testId}>
      <Stack {...stackProps}>{children}</Stack>
    </form>
  );
}
