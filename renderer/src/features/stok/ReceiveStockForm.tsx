import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/dto'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { RupiahInput } from '../produk/RupiahInput'
import { formatQty } from './format-qty'
import { ProductPicker } from './ProductPicker'

interface Values {
  qty: number | string
  unitCost: number | string
  workshopId: string | null
  note: string
}

const prefill = (p: ProductDto | null): Values => ({
  qty: '',
  unitCost: p?.cost ?? '',
  workshopId: p?.workshopId ?? null,
  note: '',
})

interface Props {
  /** Prefilled when the form was opened from a product's row. */
  initialProduct: ProductDto | null
  /** `received`: what was just taken into stock (absent when the clerk cancelled). */
  onDone: (received?: { productId: string; name: string; qty: number }) => void
}

export function ReceiveStockForm({ initialProduct, onDone }: Props) {
  const { t } = useTranslation('stok')
  const options = useChannel('catalog:options', {})
  const receive = useChannelMutation('stock:receive')
  const [product, setProduct] = useState<ProductDto | null>(initialProduct)
  const [productError, setProductError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: prefill(initialProduct),
    validate: {
      qty: (v) => (v === '' ? t('form.required.qty') : null),
    },
  })

  const chooseProduct = (next: ProductDto | null) => {
    setProduct(next)
    setProductError(null)
    // A product's usual cost and workshop are the likely answers; the clerk may change them.
    form.setValues({ unitCost: next?.cost ?? '', workshopId: next?.workshopId ?? null })
  }

  const submit = (values: Values) => {
    setFormError(null)
    if (!product) {
      setProductError(t('form.required.product'))
      return
    }
    const qty = Number(values.qty)
    receive.mutate(
      {
        productId: product.id,
        qty,
        ...(values.unitCost === '' ? {} : { unitCost: Number(values.unitCost) }),
        workshopId: values.workshopId,
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      },
      {
        onSuccess: (receipt) => {
          notifications.show({
            color: 'teal',
            message: t('form.received', {
              qty: formatQty(qty),
              name: product.name,
              onHand: formatQty(receipt.onHand),
            }),
          })
          onDone({ productId: product.id, name: product.name, qty })
        },
        onError: (error) => {
          const { productId, ...fields } = error.fieldErrors()
          form.setErrors(fields)
          setProductError(productId ?? null)
          setFormError(error.message)
        },
      },
    )
  }

  return (
    <form
      onSubmit={form.onSubmit(submit, () => {
        if (!product) setProductError(t('form.required.product'))
      })}
      noValidate
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('form.intro')}
        </Text>
        <div>
          <ProductPicker
            value={product}
            onChange={chooseProduct}
            error={productError}
            autoFocus={!initialProduct}
          />
          {product && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('form.onHandNow', { onHand: formatQty(product.onHand), unit: product.unit })}
            </Text>
          )}
        </div>
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
          <NumberInput
            label={t('form.qty')}
            withAsterisk
            min={1}
            max={100_000}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator="."
            decimalSeparator=","
            suffix={product ? ` ${product.unit}` : undefined}
            data-autofocus={initialProduct ? true : undefined}
            key={form.key('qty')}
            {...form.getInputProps('qty')}
          />
          <RupiahInput
            label={t('form.unitCost')}
            allowNegative={false}
            key={form.key('unitCost')}
            {...form.getInputProps('unitCost')}
          />
        </SimpleGrid>
        <Select
          label={t('form.workshop')}
          placeholder={t('form.workshopPlaceholder')}
          data={(options.data?.workshops ?? []).map((w) => ({ value: w.id, label: w.name }))}
          searchable
          clearable
          nothingFoundMessage={t('form.nothingFound')}
          key={form.key('workshopId')}
          {...form.getInputProps('workshopId')}
        />
        <TextInput
          label={t('form.note')}
          placeholder={t('form.notePlaceholder')}
          maxLength={200}
          key={form.key('note')}
          {...form.getInputProps('note')}
        />
        {formError && (
          <Alert color="red" role="alert" py="xs">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onDone()}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={receive.isPending}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
