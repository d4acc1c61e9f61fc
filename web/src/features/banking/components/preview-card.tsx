import { Alert, Badge, Card, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { Amount } from '../../ledger/components/amount';
import { isZeroDecimal } from '../../ledger/money';
import type { Preview } from '../types';
import { Figure } from './figure';

/**
 * What importing the file would do, before anything is saved: the format read from its content, each
 * statement with its balances check (opening + lines = closing), new and already-held lines, and the
 * errors naming the line or element (a file with any error imports nothing).
 */
export function PreviewCard({ preview, currency }: { preview: Preview; currency: string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="statement-preview">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Text fw={600}>{t('banking.upload.previewTitle')}</Text>
        <Badge variant="light" color={preview.format ? undefined : 'gray'} tt="none" data-testid="preview-format">
          {preview.format ? t(`banking.formats.${preview.format}`) : t('banking.formats.unknown')}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 5 }} mb="md" hidden={preview.statements.length === 0}>
        <Figure label={t('banking.upload.statements')} testId="preview-statements">
          {formatNumber(preview.statements.length)}
        </Figure>
        <Figure label={t('banking.upload.lines')} testId="preview-lines">
          {formatNumber(preview.lineCount)}
        </Figure>
        <Figure label={t('banking.upload.newLines')} testId="preview-new-lines">
          {formatNumber(preview.newLineCount)}
        </Figure>
        <Figure label={t('banking.upload.credits')}>
          <Amount value={preview.totalCredits} fw={600} />
        </Figure>
        <Figure label={t('banking.upload.debits')}>
          <Amount value={preview.totalDebits} fw={600} />
        </Figure>
      </SimpleGrid>
      {preview.statements.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="preview-statements-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('banking.statements.reference')}</Table.Th>
                <Table.Th>{t('banking.statements.period')}</Table.Th>
                <Table.Th ta="end">{t('banking.statements.opening')}</Table.Th>
                <Table.Th ta="end">{t('banking.statements.closing')}</Table.Th>
                <Table.Th ta="end">{t('banking.statements.lines')}</Table.Th>
                <Table.Th>{t('banking.upload.balanceCheck')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.statements.map((s) => (
                <Table.Tr key={`${s.reference}-${s.from}-${s.to}`} data-testid="preview-statement">
                  <Table.Td>
                    <span className="mono">{s.reference ?? '—'}</span>
                    {s.alreadyImported && (
                      <Badge ms="xs" color="gray" variant="light">
                        {t('banking.upload.alreadyImported')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <span dir="ltr" style={{ whiteSpace: 'nowrap' }}>
                      {s.from} – {s.to}
                    </span>
                  </Table.Td>
                  <Table.Td ta="end">{s.openingBalance ? <Amount value={s.openingBalance} currency={currency} /> : '—'}</Table.Td>
                  <Table.Td ta="end">{s.closingBalance ? <Amount value={s.closingBalance} currency={currency} /> : '—'}</Table.Td>
                  <Table.Td ta="end">{t('banking.upload.newOf', { fresh: formatNumber(s.newLineCount), total: formatNumber(s.lineCount) })}</Table.Td>
                  <Table.Td data-testid="preview-balance-check">
                    {s.difference === null ? (
                      <Badge color="gray" variant="light" tt="none">
                        {t('banking.upload.noBalances')}
                      </Badge>
                    ) : isZeroDecimal(s.difference) ? (
                      <Badge color="teal" variant="light" tt="none">
                        {t('banking.upload.balances')}
                      </Badge>
                    ) : (
                      <Badge color="red" variant="light" tt="none">
                        {t('banking.upload.off')} <Amount value={s.difference} size="xs" />
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {preview.errors.length > 0 && (
        <>
          <Alert color="red" mt="md" role="alert" title={t('banking.upload.errors', { n: formatNumber(preview.errors.length) })} data-testid="preview-errors">
            {t('banking.upload.nothingImported')}
          </Alert>
          <Table.ScrollContainer minWidth={420} mah={320} mt="sm">
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('banking.upload.where')}</Table.Th>
                  <Table.Th>{t('banking.upload.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.errors.map((e) => (
                  <Table.Tr key={`${e.where}-${e.message}`} data-testid="preview-error">
                    <Table.Td>
                      <span className="mono" dir="ltr">
                        {e.where}
                      </span>
                    </Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Card>
  );
}
