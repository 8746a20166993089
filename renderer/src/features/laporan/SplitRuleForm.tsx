import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Option } from '../../../../shared/catalogue/catalogue-dto'
import { useChannelMutation } from '../../api/hooks'
import { DateField } from '../../components/dates/DateField'

const DEFAULT_SCOPE = '__default__'

/** Percent with up to two decimals → basis points, exactly (no float drift). */
const toBp = (value: number | string) => Math.round(Number(value) * 100)

const DEFAULT_SHARES = { premi: 50, pnbp: 15, modal: 35 }

export function SplitRuleForm({ workshops, today }: { workshops: Option[]; today: string }) {
  const { t, i18n } = useTranslation('laporan')
  const save = useChannelMutation('reports:addSplitRule')
  const [scope, setScope] = useState<string>(DEFAULT_SCOPE)
  const [validFrom, setValidFrom] = useState(`${today.slice(0, 7)}-01`)
  const [premi, setPremi] = useState<number | string>(DEFAULT_SHARES.premi)
  const [pnbp, setPnbp] = useState<number | string>(DEFAULT_SHARES.pnbp)
  const [modal, setModal] = useState<number | string>(DEFAULT_SHARES.modal)
  const [basis, setBasis] = useState<'net_sales' | 'gross_profit'>('net_sales')
  const [note, setNote] = useState('')
  const sumBp = toBp(premi) + toBp(pnbp) + toBp(modal)
  const errors = save.error?.fieldErrors() ?? {}
  // Indonesian writes 33,33 %: the decimal mark follows the app's language, not the browser's.
  const percent = {
    decimalScale: 2,
    decimalSeparator: i18n.language === 'en' ? '.' : ',',
    min: 0,
    max: 100,
    suffix: ' %',
    w: 120,
  } as const
  // After a save the form starts over, so the same rule is not added twice by a second click.
  const clear = () => {
    setScope(DEFAULT_SCOPE)
    setValidFrom(`${today.slice(0, 7)}-01`)
    setPremi(DEFAULT_SHARES.premi)
    setPnbp(DEFAULT_SHARES.pnbp)
    setModal(DEFAULT_SHARES.modal)
    setBasis('net_sales')
    setNote('')
  }
  return (
    <Paper withBorder p="sm" radius="md">
      <Stack
        gap="sm"
        component="form"
        onSubmit={(event) => {
          event.preventDefault()
          if (sumBp !== 10_000) return
          save.mutate(
            {
              workshopId: scope === DEFAULT_SCOPE ? null : scope,
              validFrom,
              premiBp: toBp(premi),
              pnbpBp: toBp(pnbp),
              modalBp: toBp(modal),
              basis,
              note,
            },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('rules.saved') })
                clear()
              },
            },
          )
        }}
      >
        <Title order={3} size="h5">
          {t('rules.addTitle')}
        </Title>
        <Group align="flex-start" gap="sm">
          <Select
            label={t('rules.scope')}
            data={[
              { value: DEFAULT_SCOPE, label: t('rules.allWorkshops') },
              ...workshops.map((w) => ({ value: w.id, label: w.name })),
            ]}
            value={scope}
            onChange={(value) => setScope(value ?? DEFAULT_SCOPE)}
            allowDeselect={false}
            w={230}
            error={errors.workshopId}
          />
          <DateField
            label={t('rules.validFrom')}
            value={validFrom}
            onChange={setValidFrom}
            w={150}
            error={errors.validFrom}
            required
          />
          <NumberInput label={t('rules.premi')} value={premi} onChange={setPremi} {...percent} />
          <NumberInput label={t('rules.pnbp')} value={pnbp} onChange={setPnbp} {...percent} />
          <NumberInput label={t('rules.modal')} value={modal} onChange={setModal} {...percent} />
          <Select
            label={t('rules.basis')}
            data={[
              { value: 'net_sales', label: t('rules.basisNetSales') },
              { value: 'gross_profit', label: t('rules.basisGrossProfit') },
            ]}
            value={basis}
            onChange={(value) => setBasis(value === 'gross_profit' ? 'gross_profit' : 'net_sales')}
            allowDeselect={false}
            w={160}
          />
        </Group>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('rules.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            style={{ flex: 1 }}
            maxLength={200}
          />
          <Text
            size="sm"
            c={sumBp === 10_000 ? 'teal.8' : 'red.8'}
            role={sumBp === 10_000 ? undefined : 'alert'}
          >
            {sumBp === 10_000 ? t('rules.sum', { sum: 100 }) : t('rules.sumError')}
          </Text>
          <Button type="submit" loading={save.isPending} disabled={sumBp !== 10_000}>
            {t('rules.add')}
          </Button>
        </Group>
        {save.error && Object.keys(errors).length === 0 && (
          <Text c="red.8" size="sm" role="alert">
            {save.error.message}
          </Text>
        )}
      </Stack>
    </Paper>
  )
}
