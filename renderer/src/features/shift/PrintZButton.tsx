import { Button } from '@mantine/core'
import { IconPrinter } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { PrintZ } from './use-print-z'

/** "Cetak Z": the closed shift's Z report on the receipt printer. */
export function PrintZButton({ printZ }: { printZ: PrintZ }) {
  const { t } = useTranslation('shift')
  return (
    <Button
      variant="default"
      leftSection={<IconPrinter size={18} aria-hidden />}
      loading={printZ.pending}
      onClick={printZ.print}
      style={{ flexShrink: 0 }}
    >
      {t('z.print')}
    </Button>
  )
}
