import {
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import type { ApiError } from '../../api/client'
import { useChannel, useChannelMutation } from '../../api/hooks'

interface Props {
  onCreated: (product: ProductDto) => void
  onCancel: () => void
}

/**
 * Custom work ("200 keychains with our logo"): a catalogue product made from the order, with
 * the workshop that makes it, so its sale counts in that workshop's hasil kerja.
 */
export function CustomProductForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation('pesanan')
  const options = useChannel('catalog:options', {})
  const create = useChannelMutation('catalog:create')
  const [name, setName] = useState('')
  const [sku, setSku] = useState('')
  const [price, setPrice] = useState<number>(0)
  const [cost, setCost] = useState<number>(0)
  const [workshopId, setWorkshopId] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const fieldError = (path: string) => error?.fieldErrors()[path]
  const submit = () =>
    create.mutate(
      {
        name,
        sku,
        barcode: null,
        categoryId: null,
        unit: 'pcs',
        price,
        cost,
        workshopId,
        active: true,
      },
      { onSuccess: onCreated, onError: setError },
    )
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>{t('custom.title')}</Text>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('custom.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={120}
            required
            error={fieldError('name')}
          />
          <TextInput
            label={t('custom.sku')}
            value={sku}
            onChange={(e) => setSku(e.currentTarget.value)}
            maxLength={40}
            required
            error={fieldError('sku')}
          />
          <NumberInput
            label={t('custom.price')}
            value={price}
            onChange={(v) => setPrice(Number(v) || 0)}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            error={fieldError('price')}
          />
          <NumberInput
            label={t('custom.cost')}
            value={cost}
            onChange={(v) => setCost(Number(v) || 0)}
            allowDecimal={false}
            thousandSeparator="."
            decimalSeparator=","
            error={fieldError('cost')}
          />
          <Select
            label={t('custom.workshop')}
            data={(options.data?.workshops ?? []).map((w) => ({ value: w.id, label: w.name }))}
            value={workshopId}
            onChange={setWorkshopId}
            clearable
            searchable
          />
        </SimpleGrid>
        {error && !Object.keys(error.fieldErrors()).length && (
          <Text c="red.9" role="alert" size="sm">
            {error.message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button onClick={submit} loading={create.isPending}>
            {t('custom.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
