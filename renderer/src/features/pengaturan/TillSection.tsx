import { Alert, Grid, Loader, Stack } from '@mantine/core'
import { useChannel } from '../../api/hooks'
import { AutoLockCard } from './AutoLockCard'
import { CashPayoutLimitCard } from './CashPayoutLimitCard'
import { CashRoundingCard } from './CashRoundingCard'
import { NegativeStockCard } from './NegativeStockCard'
import { QrisCard } from './QrisCard'
import { nextSequence } from './receipt-number-preview'
import { ReceiptNumberCard } from './ReceiptNumberCard'
import { SellingLocationCard } from './SellingLocationCard'

export function TillSection() {
  const info = useChannel('app:info', {})
  const settings = useChannel('till:settings', {})
  const options = useChannel('catalog:options', {})
  // The latest receipt tells the sequence the next one takes; without it the preview starts at 1.
  const latest = useChannel('sales:list', { limit: 1 }, { retry: false })

  const error = settings.error ?? options.error
  if (error) {
    return (
      <Alert color="red" role="alert">
        {error.message}
      </Alert>
    )
  }
  if (!settings.data || !options.data || !info.data) return <Loader size="sm" />

  // Cards keep their own edits: they mount once the saved settings are known.
  return (
    <Grid gap="md">
      <Grid.Col span={6}>
        <Stack gap="md">
          <SellingLocationCard settings={settings.data} locations={options.data.locations} />
          <CashRoundingCard settings={settings.data} />
          <NegativeStockCard settings={settings.data} />
          <CashPayoutLimitCard settings={settings.data} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={6}>
        <Stack gap="md">
          <ReceiptNumberCard
            settings={settings.data}
            nextSeq={nextSequence(latest.data?.[0]?.receiptNo)}
          />
          <QrisCard settings={settings.data} />
          <AutoLockCard info={info.data} />
        </Stack>
      </Grid.Col>
    </Grid>
  )
}
