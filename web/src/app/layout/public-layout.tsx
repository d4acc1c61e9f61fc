import { Box, Center, Container, Group, Paper, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LanguageToggle } from './language-toggle';

/** The frame of the pages before a full session: setup, sign-in and the pending stages. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="space-between" px="md" py="sm" component="header">
        <Text fw={800} size="lg" c="teal.8">
          {t('app.name')}
        </Text>
        <LanguageToggle />
      </Group>
      <Center component="main" id="main-content" px="sm" pb="xl">
        <Container size={560} w="100%" p={0}>
          <Paper withBorder shadow="sm" p={{ base: 'md', sm: 'xl' }} radius="lg">
            <Outlet />
          </Paper>
        </Container>
      </Center>
    </Box>
  );
}
