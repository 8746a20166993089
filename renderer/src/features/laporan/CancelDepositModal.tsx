import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { PnbpDepositDto } from '../../../../shared/reports/reports-dto'
import { useChannelMutation } from '../../api/hooks'

/**
 * Cancels a deposit recorded by mistake. The register is append-only: the deposit stays,
 * struck out with the reason, and the right one is recorded anew.
 */
export function CancelDepositModal({
  deposit,
  onClose,
}: {
  deposit: PnbpDepositDto | null
  onClose(): void
}) {
  const { t } = useTranslation('laporan')
  const { t: tc } = useTranslation()
  const cancel = useChannelMutation('reports:cancelPnbpDeposit')
  const [reason, setReason] = useState('')
  const errors = cancel.error?.fieldErrors() ?? {}
  const close = () => {
    setReason('')
    cancel.reset()
    onClose()
  }
  return (
    <Modal opened={deposit !== null} onClose={close} title={t('pnbp.cancelTitle')}>
      {deposit && (
        <Stack
          component="form"
          gap="sm"
          onSubmit={(event) => {
            event.preventDefault()
            cancel.mutate({ depositId: deposit.id, reason }, { onSuccess: close })
          }}
        >
          <Text size="sm">
            {t('pnbp.cancelWhat', {
              date: deposit.date,
              amount: formatRupiah(deposit.amount),
              billingCode: deposit.billingCode,
              ntpn: deposit.ntpn,
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('pnbp.cancelHint')}
          </Text>
          <Textarea
            label={t('pnbp.cancelReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errors.reason}
            maxLength={200}
            autosize
            minRows={2}
            required
            data-autofocus
          />
          {cancel.error && !Object.keys(errors).length && (
            <div role="alert" style={{ color: 'var(--mantine-color-red-8)' }}>
              {cancel.error.message}
            </div>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {tc('actions.close')}
            </Button>
            <Button type="submit" color="red.9" loading={cancel.isPending}>
              {t('pnbp.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
