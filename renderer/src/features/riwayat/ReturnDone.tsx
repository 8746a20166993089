import { Alert, Button, List, Stack, Text } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReturnDto } from '../../../../shared/sales/sales-dto'
import { formatRupiah } from '../../../../shared/money'

/** What was recorded, for the cashier to hand over the money. */
export function ReturnDone({ result, onClose }: { result: ReturnDto; onClose(): void }) {
  const { t } = useTranslation('riwayat')
  // The dialog was already open, so its autofocus has run: Enter should finish from here.
  const finish = useRef<HTMLButtonElement>(null)
  useEffect(() => finish.current?.focus(), [])
  return (
    <Stack gap="md">
      <Alert
        color="teal"
        role="status"
        icon={<IconCircleCheck size={20} aria-hidden />}
        title={t('return.doneTitle', { returnNo: result.returnNo })}
      >
        <Text fw={800} size="lg">
          {t('return.doneRefund', { amount: formatRupiah(result.refundTotal) })}
        </Text>
      </Alert>
      <List spacing={2} size="sm">
        {result.lines.map((line) => (
          <List.Item key={line.saleLineId}>
            {t('return.doneLine', {
              qty: line.qty,
              name: line.name,
              disposition: t(`return.${line.disposition}`),
            })}{' '}
            — {formatRupiah(line.amount)}
          </List.Item>
        ))}
      </List>
      {result.refunds.length > 0 && (
        <List spacing={2} size="sm">
          {result.refunds.map((refund, index) => (
            <List.Item key={index}>
              {t('return.doneMethod', {
                method: refund.methodName,
                amount: formatRupiah(refund.amount),
              })}
              {refund.reference ? ` (${refund.reference})` : ''}
            </List.Item>
          ))}
        </List>
      )}
      <Button ref={finish} onClick={onClose} style={{ alignSelf: 'flex-end' }}>
        {t('return.finish')}
      </Button>
    </Stack>
  )
}
