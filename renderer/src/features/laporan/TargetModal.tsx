import { Button, Group, Modal, NumberInput, Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../api/hooks'

interface Props {
  opened: boolean
  onClose(): void
  year: number
  current: number | null
}

export function TargetModal({ opened, onClose, year, current }: Props) {
  const { t } = useTranslation('laporan')
  const { t: tc } = useTranslation()
  const save = useChannelMutation('reports:setPnbpTarget')
  const [amount, setAmount] = useState<number | string>(current ?? '')
  return (
    <Modal opened={opened} onClose={onClose} title={t('pnbp.targetTitle', { year })}>
      <Stack
        component="form"
        gap="sm"
        onSubmit={(event) => {
          event.preventDefault()
          save.mutate({ year, amount: Number(amount) || 0 }, { onSuccess: onClose })
        }}
      >
        <NumberInput
          label={t('pnbp.targetAmount')}
          value={amount}
          onChange={setAmount}
          thousandSeparator="."
          decimalSeparator=","
          allowDecimal={false}
          min={0}
          error={save.error?.message}
          required
          data-autofocus
        />
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
