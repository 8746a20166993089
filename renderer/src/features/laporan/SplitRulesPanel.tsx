import { Alert, Badge, Loader, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SplitRuleDto } from '../../../../shared/reports/reports-dto'
import { useChannel } from '../../api/hooks'
import { percentText, shortDate } from './report-dates'
import { SplitRuleForm } from './SplitRuleForm'

const HUB_BADGE = {
  waiting: { key: 'rules.hubWaiting', color: 'yellow' },
  applied: { key: 'rules.hubApplied', color: 'teal' },
  rejected: { key: 'rules.hubRejected', color: 'red' },
} as const

/** A rule this till proposed: what the hub's admin made of it, as of the last sync. */
function HubStatus({ rule }: { rule: SplitRuleDto }) {
  const { t } = useTranslation('laporan')
  if (!rule.hub) return null
  const badge = HUB_BADGE[rule.hub.state]
  return (
    <Stack gap={2} align="flex-start">
      <Badge color={badge.color} variant="light">
        {t(badge.key)}
      </Badge>
      {rule.hub.state === 'rejected' && rule.hub.note && (
        <Text size="xs" c="dimmed">
          {t('rules.hubNote', { note: rule.hub.note })}
        </Text>
      )}
    </Stack>
  )
}

/**
 * While a rule waits for the hub's decision, the panel asks again this often: the background
 * sync (every minute) brings decisions down, and the screen follows without being reopened.
 */
export const HUB_WAITING_REFRESH_MS = 15_000

export function SplitRulesPanel({ today, canEdit }: { today: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation('laporan')
  const rules = useChannel(
    'reports:splitRules',
    {},
    {
      refetchInterval: (query) =>
        query.state.data?.rules.some((rule) => rule.hub?.state === 'waiting')
          ? HUB_WAITING_REFRESH_MS
          : false,
    },
  )
  const status = (rule: SplitRuleDto) => {
    if (!rule.effective) return { label: t('rules.replaced'), color: 'gray' }
    if (rule.current) return { label: t('rules.current'), color: 'teal' }
    if (rule.validFrom > today) return { label: t('rules.scheduled'), color: 'blue' }
    return { label: t('rules.past'), color: 'gray' }
  }
  const pct = (bp: number) => `${percentText(bp, i18n.language)} %`
  // Only a till that wrote rules while joined to a hub has anything to show here.
  const showsHub = rules.data?.rules.some((rule) => rule.hub !== null) ?? false
  const anyRejected = rules.data?.rules.some((rule) => rule.hub?.state === 'rejected') ?? false
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('rules.heading')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('rules.intro')}
      </Text>
      {canEdit && rules.data ? (
        <SplitRuleForm workshops={rules.data.workshops} today={today} />
      ) : (
        !canEdit && (
          <Text size="sm" c="dimmed">
            {t('rules.readOnly')}
          </Text>
        )
      )}
      {rules.isError && <Alert color="red">{rules.error.message}</Alert>}
      {rules.isPending && <Loader size="sm" role="status" aria-label={t('rules.tableLabel')} />}
      {rules.data && rules.data.rules.length === 0 && (
        <Alert color="orange">{t('rules.none')}</Alert>
      )}
      {anyRejected && <Alert color="orange">{t('rules.hubRejectedHint')}</Alert>}
      {rules.data && rules.data.rules.length > 0 && (
        <Table.ScrollContainer minWidth={900} maxHeight={330}>
          <Table striped stickyHeader aria-label={t('rules.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rules.scope')}</Table.Th>
                <Table.Th>{t('rules.validFrom')}</Table.Th>
                <Table.Th ta="right">{t('rules.premi')}</Table.Th>
                <Table.Th ta="right">{t('rules.pnbp')}</Table.Th>
                <Table.Th ta="right">{t('rules.modal')}</Table.Th>
                <Table.Th>{t('rules.basis')}</Table.Th>
                <Table.Th>{t('rules.status')}</Table.Th>
                {showsHub && <Table.Th>{t('rules.hubColumn')}</Table.Th>}
                <Table.Th>{t('rules.by')}</Table.Th>
                <Table.Th>{t('rules.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.data.rules.map((rule) => {
                const s = status(rule)
                return (
                  <Table.Tr key={rule.id}>
                    <Table.Td>{rule.workshopName ?? t('rules.allWorkshops')}</Table.Td>
                    <Table.Td>{shortDate(rule.validFrom, i18n.language)}</Table.Td>
                    <Table.Td ta="right">{pct(rule.premiBp)}</Table.Td>
                    <Table.Td ta="right">{pct(rule.pnbpBp)}</Table.Td>
                    <Table.Td ta="right">{pct(rule.modalBp)}</Table.Td>
                    <Table.Td>
                      {rule.basis === 'net_sales'
                        ? t('rules.basisNetSales')
                        : t('rules.basisGrossProfit')}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={s.color} variant="light">
                        {s.label}
                      </Badge>
                    </Table.Td>
                    {showsHub && (
                      <Table.Td>
                        <HubStatus rule={rule} />
                      </Table.Td>
                    )}
                    <Table.Td>{rule.createdBy}</Table.Td>
                    <Table.Td>{rule.note}</Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  )
}
