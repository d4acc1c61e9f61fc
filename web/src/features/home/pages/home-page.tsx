import { Card, Group, SimpleGrid, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { moduleEntries, type NavEntry, navEntries, navLabel, platformEntries } from '../../../app/layout/nav-items';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';

function EntryCards({ entries }: { entries: NavEntry[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
      {entries.map((entry) => {
        const Icon = entry.icon;
        return (
          <Card key={entry.key} component={Link} to={entry.path} withBorder padding="lg" data-testid={`home-${entry.key}`}>
            <Group wrap="nowrap">
              <ThemeIcon size="lg" variant="light">
                <Icon size={22} stroke={1.6} />
              </ThemeIcon>
              <Text fw={600}>{navLabel(t, entry)}</Text>
            </Group>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  const modules = moduleEntries(me);
  const platform = platformEntries(me);
  const account = navEntries(me).filter((e) => e.group === 'main' && e.key !== 'home');

  return (
    <>
      <PageTitle>{t('home.title', { name: me.user.displayName })}</PageTitle>
      <Title order={2} size="h4" mb="sm">
        {t('nav.modules')}
      </Title>
      {modules.length > 0 ? <EntryCards entries={modules} /> : <Text c="dimmed">{t('home.noModules')}</Text>}
      <Title order={2} size="h4" mt="xl" mb="sm">
        {t('home.platform')}
      </Title>
      <EntryCards entries={[...platform, ...account]} />
    </>
  );
}
