import { Box, Button, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import { QUICK_NOTES, quickCashAmounts } from './cart'

interface Props {
  total: number
  onPick(amount: number): void
}

/** Exact amount plus the next common notes: one click fills the cash field. */
export function QuickCashButtons({ total, onPick }: Props) {
  const { t } = useTranslation('kasir')
  const amounts = quickCashAmounts(total, QUICK_NOTES.length)
  const none = total <= 0
  return (
    <Stack gap={6} role="group" aria-labelledby="till-quick-cash">
      <Text id="till-quick-cash" size="sm" fw={600}>
        {t('payment.quickCash')}
      </Text>
      <SimpleGrid cols={2} spacing={8} verticalSpacing={8}>
        <Button variant="filled" color="dark.6" disabled={none} onClick={() => onPick(total)}>
          {t('payment.exact')}
        </Button>
        {amounts.map((amount) => (
          <Button
            key={amount}
            variant="default"
            px={6}
            onClick={() => onPick(amount)}
            styles={{ label: { fontWeight: 700, fontVariantNumeric: 'tabular-nums' } }}
          >
            {formatRupiah(amount)}
          </Button>
        ))}
        {/* Keep the panel from jumping as the total changes the number of suggestions. */}
        {Array.from({ length: QUICK_NOTES.length - amounts.length }, (_, i) => (
          <Box key={`empty-${i}`} h={36} aria-hidden />
        ))}
      </SimpleGrid>
    </Stack>
  )
}
