import { Alert, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconLinkOff, IconShieldCheck } from '@tabler/icons-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import type { IntegrityReport } from '../../../../shared/app/app-dto'

const problems = ['changed', 'missing', 'relinked'] as const
type KnownProblem = (typeof problems)[number]
const isKnown = (problem: string): problem is KnownProblem =>
  (problems as readonly string[]).includes(problem)

/**
 * "Periksa rantai bukti": recomputes the hash chain in main and shows either how many records
 * were checked, or — in red — the first record that was changed, removed or re-linked.
 */
export function ChainCheckPanel() {
  const { t } = useTranslation('audit')
  const titleId = useId()
  // A check is run on request only: it reads every ledger row.
  const check = useChannel('audit:verify', {}, { enabled: false, retry: false, gcTime: 0 })
  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby={titleId}>
      <Group justify="space-between" align="center" wrap="nowrap" gap="md">
        <div>
          <Title order={3} size="h5" id={titleId}>
            {t('chain.title')}
          </Title>
          <Text size="sm" c="gray.7">
            {t('chain.body')}
          </Text>
        </div>
        <Button
          color="teal.9"
          leftSection={<IconShieldCheck size={18} aria-hidden />}
          loading={check.isFetching}
          onClick={() => void check.refetch()}
          style={{ flexShrink: 0 }}
        >
          {t('chain.check')}
        </Button>
      </Group>
      {check.error && !check.isFetching ? (
        <Alert color="red" role="alert" mt="sm">
          {t('chain.failed', { message: check.error.message })}
        </Alert>
      ) : null}
      {check.data && !check.isFetching ? <ChainVerdict report={check.data} /> : null}
    </Paper>
  )
}

function ChainVerdict({ report }: { report: IntegrityReport }) {
  const { t } = useTranslation('audit')
  const { chain } = report
  const dbOk =
    report.integrity === 'ok' && report.foreignKeyProblems === 0 && report.stockMismatches === 0
  const tableName = (table: string) => t(`chain.tables.${table}`, { defaultValue: table })
  return (
    <SimpleGrid cols={2} spacing="sm" mt="sm">
      {chain.ok ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          title={t('chain.intactTitle')}
          icon={<IconShieldCheck aria-hidden />}
          p="xs"
        >
          {t('chain.intact', { count: chain.checked })}
        </Alert>
      ) : (
        <Alert
          color="red.9"
          variant="filled"
          role="alert"
          title={t('chain.brokenTitle')}
          icon={<IconLinkOff aria-hidden />}
          p="xs"
        >
          <Stack gap={2}>
            <Text size="sm" fw={700}>
              {t('chain.broken', {
                table: chain.broken.table,
                tableName: tableName(chain.broken.table),
                seq: chain.broken.seq,
              })}
            </Text>
            <Text size="sm" ff="monospace">
              {t('chain.brokenId', { id: chain.broken.rowId })}
            </Text>
            <Text size="sm" fw={700}>
              {isKnown(chain.broken.problem)
                ? t(`chain.problem.${chain.broken.problem}`)
                : t('chain.problem.unknown', { problem: chain.broken.problem })}
            </Text>
            <Text size="sm">{t('chain.brokenBefore', { count: chain.checked })}</Text>
            <Text size="sm">{t('chain.brokenAdvice')}</Text>
          </Stack>
        </Alert>
      )}
      <Alert
        color={dbOk ? 'teal' : 'red'}
        variant="light"
        role={dbOk ? 'status' : 'alert'}
        title={t('chain.database')}
        icon={dbOk ? <IconShieldCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
        p="xs"
      >
        <List size="sm" spacing={0}>
          <List.Item c={report.integrity === 'ok' ? undefined : 'red.9'}>
            {report.integrity === 'ok'
              ? t('chain.integrityOk')
              : t('chain.integrityBad', { result: report.integrity })}
          </List.Item>
          <List.Item c={report.foreignKeyProblems === 0 ? undefined : 'red.9'}>
            {report.foreignKeyProblems === 0
              ? t('chain.foreignKeysOk')
              : t('chain.foreignKeys', { count: report.foreignKeyProblems })}
          </List.Item>
          <List.Item c={report.stockMismatches === 0 ? undefined : 'red.9'}>
            {report.stockMismatches === 0
              ? t('chain.stockOk')
              : t('chain.stock', { count: report.stockMismatches })}
          </List.Item>
        </List>
      </Alert>
    </SimpleGrid>
  )
}
