import { type BoxProps, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../features/auth/types';
import { useSwitchCompany } from '../../features/profile/api/switch-company';

export function companyName(company: { name: string; nameAr: string | null }, language: string): string {
  return language === 'ar' && company.nameAr ? company.nameAr : company.name;
}

export function CompanySwitcher({ account: me, ...boxProps }: { account: Me } & BoxProps & { visibleFrom?: 'sm'; hiddenFrom?: 'sm' }) {
  const { t, i18n } = useTranslation();
  const switchCompany = useSwitchCompany();
  if (me.companies.length === 0) return null;
  const data = me.companies.map((c) => ({ value: c.id, label: companyName(c, i18n.language) }));
  // With one company there is nothing to switch to: its name as text, not a greyed-out disabled field.
  if (me.companies.length < 2) {
    return (
      <Text {...boxProps} fw={600} size="sm" truncate maw={{ base: '100%', sm: 260 }} data-testid="company-name">
        {me.company ? companyName(me.company, i18n.language) : data[0]?.label}
      </Text>
    );
  }

  return (
    <Select
      {...boxProps}
      aria-label={t('header.switchCompany')}
      data-testid="company-switcher"
      data={data}
      value={me.company?.id ?? null}
      allowDeselect={false}
      disabled={switchCompany.isPending}
      w={{ base: '100%', sm: 220 }}
      comboboxProps={{ withinPortal: true }}
      onChange={(companyId) => {
        if (!companyId || companyId === me.company?.id) return;
        switchCompany.mutate(companyId, {
          onSuccess: (next) =>
            notifications.show({
              color: 'teal',
              message: t('header.companySwitched', { name: next.company ? companyName(next.company, i18n.language) : '' }),
            }),
        });
      }}
    />
  );
}
