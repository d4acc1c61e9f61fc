import { Table } from '@mantine/core';

export type ImportIssue = { row: string; column: string; message: string };

/** The all-or-nothing report of a CSV import: every bad row, its column, and why. */
export function ImportIssuesTable({
  issues,
  labels,
  testId,
}: {
  issues: ImportIssue[];
  labels: { row: string; column: string; problem: string };
  testId: string;
}) {
  if (issues.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={420} mah={320}>
      <Table striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{labels.row}</Table.Th>
            <Table.Th>{labels.column}</Table.Th>
            <Table.Th>{labels.problem}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {issues.map((i) => (
            <Table.Tr key={`${i.row}-${i.column}-${i.message}`}>
              <Table.Td>{i.row}</Table.Td>
              <Table.Td>
                <span className="mono">{i.column}</span>
              </Table.Td>
              <Table.Td>{i.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
