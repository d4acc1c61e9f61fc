import { Checkbox, Fieldset, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../api/get-permissions';

/** Permissions grouped by their module prefix: `ledger.entries.post` belongs to `ledger`. */
export function groupPermissions(permissions: Permission[]): [string, Permission[]][] {
  const groups = new Map<string, Permission[]>();
  for (const p of permissions) {
    const prefix = p.key.split('.')[0] ?? p.key;
    groups.set(prefix, [...(groups.get(prefix) ?? []), p]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

type Props = { permissions: Permission[]; value: string[]; onChange: (keys: string[]) => void; disabled?: boolean };

export function PermissionCheckboxes({ permissions, value, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const selected = new Set(value);
  const setMany = (keys: string[], on: boolean) => {
    const next = new Set(selected);
    for (const k of keys) {
      if (on) next.add(k);
      else next.delete(k);
    }
    onChange([...next].sort());
  };

  return (
    <Stack gap="md" data-testid="permission-checkboxes">
      {groupPermissions(permissions).map(([group, items]) => {
        const keys = items.map((p) => p.key);
        const count = keys.filter((k) => selected.has(k)).length;
        const label = t(`nav.${group}`, { defaultValue: group });
        return (
          <Fieldset key={group} legend={label} variant="filled" p="sm">
            <Checkbox
              mb="xs"
              fw={600}
              label={t('roles.selectAll', { group: label })}
              checked={count === keys.length}
              indeterminate={count > 0 && count < keys.length}
              disabled={disabled}
              onChange={(e) => setMany(keys, e.currentTarget.checked)}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {items.map((p) => (
                <Checkbox
                  key={p.key}
                  value={p.key}
                  checked={selected.has(p.key)}
                  disabled={disabled}
                  onChange={(e) => setMany([p.key], e.currentTarget.checked)}
                  label={<span className="mono">{p.key}</span>}
                  description={p.description}
                />
              ))}
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt="xs">
              {t('roles.permissionCount', { count })}
            </Text>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
