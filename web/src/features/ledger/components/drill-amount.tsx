import { isZeroDecimal } from '../money';
import { drillSearch } from '../report-search';
import type { DimFilter, Drill } from '../report-types';
import { Amount } from './amount';
import { AnchorLink } from './links';

type Props = { value: string; drill: Drill | undefined; dim?: DimFilter; fw?: number };

/**
 * A report figure that opens the lines behind it (GET /ledger/reports/lines with the figure's drill).
 * A zero is shown dimmed and is not a link: a page of trend zeros would otherwise be a wall of links.
 */
export function DrillAmount({ value, drill, dim, fw }: Props) {
  if (isZeroDecimal(value)) return <Amount value={value} fw={fw} c="dimmed" />;
  if (!drill) return <Amount value={value} fw={fw} />;
  return (
    <AnchorLink to="/ledger/reports/lines" search={drillSearch(drill, dim)} underline="hover" data-testid="drill">
      <Amount value={value} fw={fw} />
    </AnchorLink>
  );
}
