import { ActionIcon, Badge, Box, Button, Card, Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronDown, IconChevronLeft, IconChevronRight, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert';
import { ForbiddenNotice } from '../../../components/forbidden-notice';
import { LoadingState } from '../../../components/loading-state';
import { PageTitle } from '../../../components/page-title';
import { useMe } from '../../auth/api/get-me';
import { hasPermission } from '../../auth/types';
import { useEmployees } from '../../people/api/get-employees';
import { AnchorLink, ButtonLink } from '../../people/components/links';
import { nameIn } from '../../people/types';
import { getChain, ORG_PAGE, useLevel } from '../api/org-chart';
import type { OrgPerson } from '../types';

type Tree = { expanded: Set<string>; toggle: (id: string) => void; highlight: string | null };

function Person({ person, tree, depth }: { person: OrgPerson; tree: Tree; depth: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const open = tree.expanded.has(person.id);
  const Collapsed = i18n.dir() === 'rtl' ? IconChevronLeft : IconChevronRight;
  return (
    <Box component="li" style={{ listStyle: 'none' }}>
      <Group
        gap="xs"
        wrap="nowrap"
        id={`org-${person.id}`}
        data-testid="org-person"
        p={4}
        style={{
          borderRadius: 6,
          background: tree.highlight === person.id ? 'var(--mantine-color-yellow-light)' : undefined,
        }}
      >
        {person.directReports > 0 ? (
          <ActionIcon
            variant="subtle"
            size="sm"
            onClick={() => tree.toggle(person.id)}
            aria-expanded={open}
            aria-label={open ? t('peopleRecords.org.collapse') : t('peopleRecords.org.expand')}
            data-testid="org-toggle"
          >
            {open ? <IconChevronDown size={16} /> : <Collapsed size={16} />}
          </ActionIcon>
        ) : (
          <Box w={22} />
        )}
        <Box style={{ minWidth: 0 }}>
          <AnchorLink to="/people/employees/$employeeId" params={{ employeeId: person.id }} fw={500}>
            {lang === 'ar' ? person.nameAr : person.nameEn}
          </AnchorLink>
          <Text size="xs" c="dimmed" truncate>
            {[nameIn(lang, person.positionTitle), nameIn(lang, person.departmentName)].filter(Boolean).join(' · ') || person.employeeNumber}
          </Text>
        </Box>
        {person.directReports > 0 && (
          <Badge variant="light" size="sm">
            {t('peopleRecords.org.reports', { count: person.directReports })}
          </Badge>
        )}
      </Group>
      {open && <Level managerId={person.id} tree={tree} depth={depth + 1} />}
    </Box>
  );
}

function LevelPage({
  managerId,
  page,
  tree,
  depth,
  last,
  onMore,
}: {
  managerId: string | null;
  page: number;
  tree: Tree;
  depth: number;
  last: boolean;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  const level = useLevel(managerId, page);
  if (level.isPending) return <LoadingState />;
  if (!level.data) return <ErrorAlert error={level.error} />;
  const more = last && level.data.total > page * ORG_PAGE;
  return (
    <>
      {level.data.items.map((p) => (
        <Person key={p.id} person={p} tree={tree} depth={depth} />
      ))}
      {more && (
        <Box component="li" style={{ listStyle: 'none' }}>
          <UnstyledButton onClick={onMore} c="blue" fz="sm" p={4}>
            {t('peopleRecords.org.more', { count: level.data.total - page * ORG_PAGE })}
          </UnstyledButton>
        </Box>
      )}
    </>
  );
}

/** One level of the chart, loaded a page at a time; nested levels indent on the reading side. */
function Level({ managerId, tree, depth }: { managerId: string | null; tree: Tree; depth: number }) {
  const [pages, setPages] = useState(1);
  return (
    <Box
      component="ul"
      m={0}
      p={0}
      ps={depth === 0 ? 0 : 'lg'}
      style={{ borderInlineStart: depth === 0 ? undefined : '1px solid var(--mantine-color-default-border)' }}
    >
      {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
        <LevelPage key={n} managerId={managerId} page={n} tree={tree} depth={depth} last={n === pages} onMore={() => setPages(pages + 1)} />
      ))}
    </Box>
  );
}

/** The org chart from reporting lines: collapsed to the top, expanded one level at a time, with search. */
export function OrgChartPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const canRead = hasPermission(me, 'people.read');
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [highlight, setHighlight] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const hits = useEmployees({ page: 1, pageSize: 8, q }, canRead && q.length > 0);
  const [chainError, setChainError] = useState<unknown>(null);
  useEffect(() => {
    if (!highlight) return;
    const timer = setInterval(() => {
      const el = document.getElementById(`org-${highlight}`);
      if (el) {
        el.scrollIntoView({ block: 'center' });
        clearInterval(timer);
      }
    }, 100);
    return () => clearInterval(timer);
  }, [highlight]);
  if (!canRead) return <ForbiddenNotice />;
  const toggle = (id: string) =>
    setExpanded((old) => {
      const next = new Set(old);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const reveal = async (id: string) => {
    setChainError(null);
    try {
      const { chain } = await getChain(id);
      setExpanded((old) => new Set([...old, ...chain]));
      setHighlight(id);
      setSearch('');
    } catch (err) {
      setChainError(err);
    }
  };
  return (
    <>
      <PageTitle
        actions={
          <>
            <Button variant="default" onClick={() => setExpanded(new Set())} data-testid="collapse-all">
              {t('peopleRecords.org.collapseAll')}
            </Button>
            <ButtonLink to="/people/positions" variant="default" data-testid="positions-link">
              {t('peopleRecords.positions.title')}
            </ButtonLink>
          </>
        }
      >
        {t('peopleRecords.org.title')}
      </PageTitle>
      <Stack gap="xs" mb="md" maw={420}>
        <TextInput
          label={t('peopleRecords.org.search')}
          leftSection={<IconSearch size={16} />}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          data-testid="org-search"
        />
        {q && hits.data && (
          <Card withBorder p="xs">
            {hits.data.items.length === 0 && <Text c="dimmed">{t('peopleRecords.org.noMatch')}</Text>}
            {hits.data.items.map((e) => (
              <UnstyledButton key={e.id} onClick={() => reveal(e.id)} p={4} data-testid="org-search-hit">
                {i18n.language === 'ar' ? e.nameAr : e.nameEn}{' '}
                <Text span c="dimmed" size="sm">
                  {e.employeeNumber}
                </Text>
              </UnstyledButton>
            ))}
          </Card>
        )}
        <ErrorAlert error={chainError} />
      </Stack>
      <Card withBorder data-testid="org-chart">
        <Level managerId={null} tree={{ expanded, toggle, highlight }} depth={0} />
      </Card>
    </>
  );
}
