import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A small label over a value, for summary grids. */
export function Figure({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div" fw={600} data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}
