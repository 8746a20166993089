import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core'
import { memo, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah, parseRupiah } from '../../../../shared/money'
import type { Adjustment, AdjustmentKind } from '../../../../shared/till/pricing'

/** What the dialog edits: a discount (line or cart) or a line's unit price. */
export type AdjustTarget =
  | { mode: 'lineDiscount'; name: string; current: Adjustment | null }
  | { mode: 'cartDiscount'; current: Adjustment | null }
  | { mode: 'override'; name: string; listPrice: number; unitPrice: number; reason: string | null }

export type AdjustResult =
  | { mode: 'lineDiscount' | 'cartDiscount'; discount: Adjustment | null }
  | { mode: 'override'; unitPrice: number; reason: string | null }

interface Props {
  target: AdjustTarget | null
  onApply(result: AdjustResult): void
  onClose(): void
}

/** F6, Shift+F6 and F7: an amount and a reason, both required; "Hapus" takes it off. */
function AdjustDialogView({ target, onApply, onClose }: Props) {
  const { t } = useTranslation('kasir')
  const [kind, setKind] = useState<AdjustmentKind>('percent')
  const [value, setValue] = useState('')
  const [reason, setReason] = useState('')
  const [valueError, setValueError] = useState<string | null>(null)
  const [reasonError, setReasonError] = useState<string | null>(null)

  useEffect(() => {
    if (!target) return
    setValueError(null)
    setReasonError(null)
    if (target.mode === 'override') {
      setKind('amount')
      setValue(target.unitPrice === target.listPrice ? '' : String(target.unitPrice))
      setReason(target.reason ?? '')
    } else {
      setKind(target.current?.kind ?? 'percent')
      setValue(target.current ? String(target.current.value) : '')
      setReason(target.current?.reason ?? '')
    }
  }, [target])

  if (!target) return <Modal opened={false} onClose={onClose} />

  const isOverride = target.mode === 'override'
  const title =
    target.mode === 'lineDiscount'
      ? t('adjust.lineDiscountTitle', { name: target.name })
      : target.mode === 'cartDiscount'
        ? t('adjust.cartDiscountTitle')
        : t('adjust.overrideTitle', { name: target.name })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const amount = kind === 'percent' && !isOverride ? Number(value.trim()) : parseRupiah(value)
    const validAmount =
      amount !== null &&
      Number.isInteger(amount) &&
      (isOverride ? amount >= 0 : amount >= 1) &&
      (isOverride || kind === 'amount' || amount <= 100)
    const trimmed = reason.trim()
    setValueError(
      validAmount ? null : t(isOverride ? 'adjust.priceInvalid' : 'adjust.valueInvalid'),
    )
    setReasonError(trimmed ? null : t('adjust.reasonRequired'))
    if (!validAmount || amount === null || !trimmed) return
    if (target.mode === 'override')
      onApply({ mode: 'override', unitPrice: amount, reason: trimmed })
    else onApply({ mode: target.mode, discount: { kind, value: amount, reason: trimmed } })
  }

  const clear = () => {
    if (target.mode === 'override')
      onApply({ mode: 'override', unitPrice: target.listPrice, reason: null })
    else onApply({ mode: target.mode, discount: null })
  }

  const hasCurrent =
    target.mode === 'override' ? target.unitPrice !== target.listPrice : target.current !== null

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('receipt.close') }}
      centered
      returnFocus={false}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {isOverride ? (
            <Text size="sm">
              {t('adjust.listPrice', { price: formatRupiah(target.listPrice) })}
            </Text>
          ) : (
            <SegmentedControl
              aria-label={t('adjust.kind')}
              value={kind}
              onChange={(next) => setKind(next as AdjustmentKind)}
              data={[
                { value: 'percent', label: t('adjust.percent') },
                { value: 'amount', label: t('adjust.amount') },
              ]}
            />
          )}
          <TextInput
            data-autofocus
            label={
              isOverride
                ? t('adjust.newPrice')
                : kind === 'percent'
                  ? t('adjust.valuePercent')
                  : t('adjust.valueAmount')
            }
            inputMode="numeric"
            autoComplete="off"
            value={value}
            error={valueError}
            onChange={(event) => setValue(event.currentTarget.value)}
          />
          <TextInput
            label={t('adjust.reason')}
            autoComplete="off"
            maxLength={120}
            value={reason}
            error={reasonError}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group justify="space-between">
            {hasCurrent ? (
              <Button variant="subtle" color="red.8" onClick={clear}>
                {t('adjust.clear')}
              </Button>
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('cancel.back')}
              </Button>
              <Button type="submit" color="teal.9">
                {t('adjust.apply')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

// Memoised: the till re-renders on every scan and key, and a closed dialog has nothing new to show.
export const AdjustDialog = memo(AdjustDialogView)
