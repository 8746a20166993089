import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../api/hooks'
import { businessToday } from '../../components/period/business-day'
import { DateField } from '../../components/dates/DateField'

export function DepositModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('laporan')
  const { t: tc } = useTranslation()
  const save = useChannelMutation('reports:addPnbpDeposit')
  const [date, setDate] = useState(businessToday())
  const [amount, setAmount] = useState<number | string>('')
  const [billingCode, setBillingCode] = useState('')
  const [ntpn, setNtpn] = useState('')
  const [note, setNote] = useState('')
  const errors = save.error?.fieldErrors() ?? {}
  const submit = () =>
    save.mutate(
      { date, amount: Number(amount) || 0, billingCode, ntpn, note },
      {
        onSuccess: () => {
          setAmount('')
          setBillingCode('')
          setNtpn('')
          setNote('')
          onClose()
        },
      },
    )
  return (
    <Modal opened={opened} onClose={onClose} title={t('pnbp.depositTitle')}>
      <Stack
        component="form"
        gap="sm"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <DateField
          label={t('pnbp.date')}
          value={date}
          onChange={setDate}
          error={errors.date}
          required
        />
        <NumberInput
          label={t('pnbp.amount')}
          value={amount}
          onChange={setAmount}
          thousandSeparator="."
          decimalSeparator=","
          prefix="Rp "
          allowDecimal={false}
          min={1}
          error={errors.amount}
          required
        />
        <TextInput
          label={t('pnbp.billingCode')}
          value={billingCode}
          onChange={(e) => setBillingCode(e.currentTarget.value)}
          error={errors.billingCode}
          required
        />
        <TextInput
          label={t('pnbp.ntpn')}
          value={ntpn}
          onChange={(e) => setNtpn(e.currentTarget.value)}
          error={errors.ntpn}
          required
        />
        <TextInput
          label={t('pnbp.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
        />
        {save.error && !Object.keys(errors).length && (
          <div role="alert" style={{ color: 'var(--mantine-color-red-8)' }}>
            {save.error.message}
          </div>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {tc('actions.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
