import { Alert, Button, Checkbox, Group, Radio, Stack, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import type { ApiError } from '../../api/client'
import { useGuardedSave } from './use-guarded-save'

type Values = Omit<PaymentMethodDto, 'id'>

interface Props {
  /** The method being edited, or null for a new one. */
  method: PaymentMethodDto | null
  onDone: () => void
}

export function PaymentMethodForm({ method, onDone }: Props) {
  const { t } = useTranslation('pengaturan')
  const { save, pending, dialog } = useGuardedSave()
  const [formError, setFormError] = useState<string | null>(null)

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: method?.name ?? '',
      kind: method?.kind ?? 'noncash',
      requiresReference: method?.requiresReference ?? false,
      active: method?.active ?? true,
    },
    validate: {
      name: (v) => (v.trim() ? null : t('payments.form.nameRequired')),
    },
  })

  const onError = (error: ApiError) => {
    form.setErrors(error.fieldErrors())
    setFormError(error.message)
  }

  const submit = (values: Values) => {
    setFormError(null)
    const name = values.name.trim()
    void save(
      'payments:save',
      {
        ...(method ? { id: method.id } : {}),
        name,
        kind: values.kind,
        // Cash needs no reference: the money is in the drawer.
        requiresReference: values.kind === 'noncash' && values.requiresReference,
        active: values.active,
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t(method ? 'payments.updated' : 'payments.created', { name }),
          })
          onDone()
        },
        onError,
      },
    )
  }

  const cash = form.values.kind === 'cash'

  return (
    <>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('payments.form.name')}
            placeholder={t('payments.form.namePlaceholder')}
            withAsterisk
            maxLength={40}
            autoComplete="off"
            data-autofocus
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Radio.Group
            label={t('payments.form.kind')}
            description={t(cash ? 'payments.form.cashHint' : 'payments.form.noncashHint')}
            key={form.key('kind')}
            {...form.getInputProps('kind')}
          >
            <Group mt="xs" gap="xl">
              <Radio value="noncash" label={t('payments.kinds.noncash')} />
              <Radio value="cash" label={t('payments.kinds.cash')} />
            </Group>
          </Radio.Group>
          <Checkbox
            label={t('payments.form.requiresReference')}
            description={t('payments.form.requiresReferenceHint')}
            disabled={cash}
            checked={!cash && form.values.requiresReference}
            onChange={(event) =>
              form.setFieldValue('requiresReference', event.currentTarget.checked)
            }
          />
          <Switch
            label={t('payments.form.active')}
            description={t('payments.form.activeHint')}
            key={form.key('active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          {formError ? (
            <Alert color="red" role="alert" py="xs">
              {formError}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onDone}>
              {t('payments.form.cancel')}
            </Button>
            <Button type="submit" color="teal.9" loading={pending}>
              {t('payments.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {/* Outside the form: React bubbles the dialog's submit through its portal. */}
      {dialog}
    </>
  )
}
