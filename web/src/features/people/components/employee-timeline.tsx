import { Text, Timeline } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Assignment, type Compensation, nameIn } from '../types';

/** Reasons the system and the forms write are keys (hire, transfer, …) shown translated; free text is shown as typed. */
export const reasonLabel = (t: TFunction, reason: string) => (/^[a-z_]+$/.test(reason) ? t(`people.reasons.${reason}`, { defaultValue: reason }) : reason);

type Item = { date: string; key: string; title: string; detail: string };

/** Job and (once revealed) pay records on one timeline, newest first. */
export function EmployeeTimeline({ jobs, pay }: { jobs: Assignment[]; pay?: Compensation[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const items: Item[] = [
    ...jobs.map((j) => ({
      date: j.effectiveDate,
      key: `job-${j.effectiveDate}`,
      title: t('people.timeline.job'),
      detail: [
        nameIn(lang, j.departmentName),
        nameIn(lang, j.positionTitle),
        j.managerName ? t('people.timeline.manager', { name: nameIn(lang, j.managerName) }) : '',
        reasonLabel(t, j.reason),
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    ...(pay ?? []).map((c) => ({
      date: c.effectiveDate,
      key: `pay-${c.id}`,
      title: t('people.timeline.pay'),
      detail: `${c.amount} ${c.currency} / ${t(`people.basis.${c.basis}`)} · ${reasonLabel(t, c.reason)}`,
    })),
  ].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Timeline active={0} bulletSize={14} lineWidth={2} data-testid="timeline">
      {items.map((it) => (
        <Timeline.Item
          key={it.key}
          title={
            <>
              {/* an isolated LTR date, so YYYY-MM-DD is not reordered in Arabic */}
              <bdi dir="ltr">{it.date}</bdi> — {it.title}
            </>
          }
        >
          <Text size="sm" c="dimmed">
            {it.detail}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
