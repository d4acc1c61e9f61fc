/**
 * The server keeps an event's summary as structured data (`{ email, roles }`, `{ ok, checked }`);
 * older or hand-written events may carry plain text. Either way it becomes one readable line.
 */
export function formatSummary(summary: unknown): string {
  if (summary === null || summary === undefined) return '';
  if (typeof summary !== 'object') return String(summary);
  if (Array.isArray(summary)) return summary.map(formatValue).join(', ');
  return Object.entries(summary as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${formatValue(value)}`)
    .join(' · ');
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
