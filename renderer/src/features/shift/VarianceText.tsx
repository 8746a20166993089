import { Text, type TextProps } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'

/** Counted − expected: green when exact, red when the drawer is short or over. */
export function VarianceText({ variance, ...props }: { variance: number } & TextProps) {
  const { t } = useTranslation('shift')
  const color = variance === 0 ? 'teal.9' : 'red.9'
  const word = variance === 0 ? t('z.exact') : variance < 0 ? t('z.short') : t('z.over')
  const amount = variance > 0 ? `+${formatRupiah(variance)}` : formatRupiah(variance)
  return (
    <Text component="span" c={color} fw={700} style={{ whiteSpace: 'nowrap' }} {...props}>
      {`${amount} (${word})`}
    </Text>
  )
}
