import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { memo, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useBuyerQris } from '../pembeli/use-buyer-qris'
import { QrisCode } from './QrisCode'

interface Props {
  opened: boolean
  qrisStatic: string | null
  merchantName: string | null
  amount: number
  reference: string
  onReference(text: string): void
  onClose(): void
}

/**
 * Turned towards the buyer: the QR with the exact amount. Once their app says the payment
 * went through, the cashier types the reference it shows and Enter goes back to the till.
 */
function QrisDialogView({
  opened,
  qrisStatic,
  merchantName,
  amount,
  reference,
  onReference,
  onClose,
}: Props) {
  const { t } = useTranslation('kasir')
  // The buyer's screen shows the same code while this dialog is up.
  useBuyerQris(opened ? amount : null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onClose()
  }
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('qris.title')}
      closeButtonProps={{ 'aria-label': t('receipt.close') }}
      centered
      returnFocus={false}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <QrisCode qrisStatic={qrisStatic} merchantName={merchantName} amount={amount} />
          <TextInput
            data-autofocus
            label={t('qris.reference')}
            description={t('tender.referenceHint')}
            autoComplete="off"
            maxLength={64}
            value={reference}
            onChange={(event) => onReference(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button type="submit" color="teal.9">
              {t('qris.done')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

// Memoised: the till re-renders on every scan and key, and a closed dialog has nothing new to show.
export const QrisDialog = memo(QrisDialogView)
