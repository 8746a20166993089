import { SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { CountTotalsDto } from '../../../../shared/opname/opname-dto'
import { SummaryStat as Stat } from './SummaryStat'

export function ReviewSummary({ totals }: { totals: CountTotalsDto }) {
  const { t } = useTranslation('opname')
  const money = (value: number | null) => (value === null ? undefined : formatRupiah(value))
  return (
    <SimpleGrid cols={5} spacing="sm">
      <Stat
        label={t('summary.counted')}
        value={`${totals.counted} / ${totals.lines}`}
        sub={t('summary.units', { count: totals.countedUnits })}
      />
      <Stat
        label={t('summary.uncounted')}
        value={String(totals.uncounted)}
        color={totals.uncounted > 0 ? 'orange.8' : undefined}
      />
      <Stat
        label={t('summary.shortage')}
        value={t('summary.units', { count: totals.shortageUnits })}
        sub={money(totals.shortageValue)}
        color={totals.shortageUnits > 0 ? 'red.8' : undefined}
      />
      <Stat
        label={t('summary.surplus')}
        value={t('summary.units', { count: totals.surplusUnits })}
        sub={money(totals.surplusValue)}
        color={totals.surplusUnits > 0 ? 'blue.8' : undefined}
      />
      <Stat
        label={t('summary.net')}
        value={totals.netValue === null ? '—' : formatRupiah(totals.netValue)}
        sub={totals.netValue === null ? t('summary.noCost') : undefined}
      />
    </SimpleGrid>
  )
}
