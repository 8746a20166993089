import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaleDto } from '../../../../shared/sales/sales-dto'
import { formatRupiah } from '../../../../shared/money'
import { useApprovedMutation } from '../../components/approval/use-approved-mutation'

interface Props {
  opened: boolean
  sale: SaleDto | undefined
  onClose(): void
  onVoided(sale: SaleDto): void
  /** The server said no: what is on screen may be stale (another till acted first). */
  onRefused(): void
}

/** Voiding is final: it asks for a reason, and says what will happen, before it acts. */
export function VoidSaleDialog({ opened, sale, onClose, onVoided, onRefused }: Props) {
  const { t } = useTranslation('riwayat')
  return (
    <Modal
      opened={opened && sale !== undefined}
      onClose={onClose}
      title={
        <Text component="span" fw={700}>
          {t('void.title', { receiptNo: sale?.receiptNo ?? '' })}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('void.back') }}
      centered
      size={520}
      // Above the detail drawer (z-index 200), whose content would otherwise show undimmed.
      zIndex={300}
    >
      {sale && <VoidForm sale={sale} onClose={onClose} onVoided={onVoided} onRefused={onRefused} />}
    </Modal>
  )
}

function VoidForm({
  sale,
  onClose,
  onVoided,
  onRefused,
}: Omit<Props, 'opened'> & { sale: SaleDto }) {
  const { t } = useTranslation('riwayat')
  const voidSale = useApprovedMutation('sales:void', () => ({
    action: t('approval.void'),
    subject: t('approval.receipt', { receiptNo: sale.receiptNo }),
    amount: sale.total,
  }))
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (voidSale.isPending) return
    setProblem(null)
    if (reason.trim() === '') {
      setReasonError(t('void.reasonRequired'))
      return
    }
    voidSale.mutate(
      { saleId: sale.id, reason: reason.trim() },
      {
        onSuccess: onVoided,
        onError: (error) => {
          const field = error.fieldErrors().reason
          if (field) return setReasonError(field)
          setProblem(error.message)
          onRefused()
        },
      },
    )
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('void.body', { total: formatRupiah(sale.total) })}</Text>
        <TextInput
          label={t('void.reason')}
          placeholder={t('void.reasonPlaceholder')}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value)
            setReasonError(null)
          }}
          error={reasonError}
          maxLength={200}
          required
          data-autofocus
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('void.back')}
          </Button>
          <Button type="submit" color="red.8" loading={voidSale.isPending}>
            {t('void.confirm')}
          </Button>
        </Group>
      </Stack>
      {voidSale.dialog}
    </form>
  )
}
