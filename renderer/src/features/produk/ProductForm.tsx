import {
  Alert,
  Autocomplete,
  Button,
  Group,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import type { ApiError } from '../../api/client'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { OptionSelectWithAdd } from './OptionSelectWithAdd'
import {
  emptyProduct,
  productToValues,
  valuesToInput,
  type ProductFormValues,
} from './product-form-values'
import { RupiahInput } from './RupiahInput'

interface Props {
  /** The product being edited, or null for a new one. */
  product: ProductDto | null
  onDone: () => void
}

export function ProductForm({ product, onDone }: Props) {
  const { t } = useTranslation('produk')
  const options = useChannel('catalog:options', {})
  const create = useChannelMutation('catalog:create')
  const update = useChannelMutation('catalog:update')
  const [formError, setFormError] = useState<string | null>(null)

  // Only what the user cannot miss is checked here; the main process checks everything.
  const form = useForm<ProductFormValues>({
    mode: 'controlled',
    initialValues: product ? productToValues(product) : emptyProduct,
    validate: {
      name: (v) => (v.trim() ? null : t('form.required.name')),
      sku: (v) => (v.trim() ? null : t('form.required.sku')),
      unit: (v) => (v.trim() ? null : t('form.required.unit')),
      price: (v) => (v === '' ? t('form.required.price') : null),
      cost: (v) => (v === '' ? t('form.required.cost') : null),
    },
  })

  const onServerError = (error: ApiError) => {
    const fields = error.fieldErrors()
    form.setErrors(fields)
    setFormError(error.message)
  }

  const onSaved = (saved: ProductDto) => {
    notifications.show({
      color: 'teal',
      message: t(product ? 'form.updated' : 'form.created', { name: saved.name }),
    })
    onDone()
  }

  const submit = (values: ProductFormValues) => {
    setFormError(null)
    const input = valuesToInput(values)
    if (product) {
      update.mutate({ ...input, id: product.id }, { onSuccess: onSaved, onError: onServerError })
    } else {
      create.mutate(input, { onSuccess: onSaved, onError: onServerError })
    }
  }

  const saving = create.isPending || update.isPending

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('form.name')}
          placeholder={t('form.namePlaceholder')}
          withAsterisk
          maxLength={120}
          data-autofocus
          key={form.key('name')}
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={2} spacing="sm" verticalSpacing="sm">
          <TextInput
            label={t('form.sku')}
            description={t('form.skuHint')}
            withAsterisk
            maxLength={40}
            autoComplete="off"
            key={form.key('sku')}
            {...form.getInputProps('sku')}
          />
          <TextInput
            label={t('form.barcode')}
            description={t('form.barcodeHint')}
            maxLength={32}
            autoComplete="off"
            key={form.key('barcode')}
            {...form.getInputProps('barcode')}
          />
          <OptionSelectWithAdd
            channel="catalog:addCategory"
            label={t('form.category')}
            placeholder={t('form.categoryPlaceholder')}
            addLabel={t('addOption.addCategory')}
            newLabel={t('addOption.newCategory')}
            options={options.data?.categories ?? []}
            value={form.values.categoryId}
            onChange={(value) => form.setFieldValue('categoryId', value)}
            error={form.errors.categoryId}
          />
          <Autocomplete
            label={t('form.unit')}
            withAsterisk
            maxLength={20}
            data={options.data?.units ?? []}
            key={form.key('unit')}
            {...form.getInputProps('unit')}
          />
          <RupiahInput
            label={t('form.price')}
            withAsterisk
            key={form.key('price')}
            {...form.getInputProps('price')}
          />
          <RupiahInput
            label={t('form.cost')}
            withAsterisk
            key={form.key('cost')}
            {...form.getInputProps('cost')}
          />
          <OptionSelectWithAdd
            channel="catalog:addWorkshop"
            label={t('form.workshop')}
            placeholder={t('form.workshopPlaceholder')}
            addLabel={t('addOption.addWorkshop')}
            newLabel={t('addOption.newWorkshop')}
            options={options.data?.workshops ?? []}
            value={form.values.workshopId}
            onChange={(value) => form.setFieldValue('workshopId', value)}
            error={form.errors.workshopId}
          />
          <Switch
            label={t('form.active')}
            description={t('form.activeHint')}
            mt={28}
            key={form.key('active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        </SimpleGrid>
        {formError && (
          <Alert color="red" role="alert" py="xs">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
