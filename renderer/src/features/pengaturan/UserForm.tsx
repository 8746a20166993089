import { Alert, Button, Group, Select, Stack, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role, UserDto } from '../../../../shared/auth/auth-dto'
import type { ApiError } from '../../api/client'
import { useGuardedSave } from './use-guarded-save'
import { PinField } from '../../components/pin/PinField'

const roles: Role[] = ['admin', 'supervisor', 'cashier', 'stock']

interface Values {
  name: string
  role: Role
  active: boolean
  pin: string
  confirmPin: string
}

interface Props {
  /** The user being edited, or null for a new one. */
  user: UserDto | null
  /** Opened to set a PIN: the cursor starts in the PIN field. */
  focusPin?: boolean
  /** Some active admin can sign in with a PIN. */
  adminHasPin: boolean
  onDone: () => void
}

export function UserForm({ user, focusPin = false, adminHasPin, onDone }: Props) {
  const { t } = useTranslation('pengaturan')
  const { save, pending, dialog } = useGuardedSave()
  const [formError, setFormError] = useState<string | null>(null)

  // Main ends setup mode at the first PIN and then refuses an admin PIN while no admin has
  // one (LAST_ADMIN), so a cashier's PIN set first would shut the admin out for good.
  const pinWaitsForAdmin = (role: Role) => !adminHasPin && role !== 'admin'

  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      name: user?.name ?? '',
      role: user?.role ?? 'cashier',
      active: user?.active ?? true,
      pin: '',
      confirmPin: '',
    },
    validate: {
      name: (v) => (v.trim() ? null : t('users.form.nameRequired')),
      pin: (v, values) => {
        if (pinWaitsForAdmin(values.role)) return null
        if (v === '') return user ? null : t('users.form.pinRequired')
        return /^\d{4,8}$/.test(v) ? null : t('users.form.pinFormat')
      },
      confirmPin: (v, values) =>
        pinWaitsForAdmin(values.role) || v === values.pin ? null : t('users.form.pinMismatch'),
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
      'users:save',
      {
        ...(user ? { id: user.id } : {}),
        name,
        role: values.role,
        active: values.active,
        ...(values.pin && !pinWaitsForAdmin(values.role) ? { pin: values.pin } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t(user ? 'users.updated' : 'users.created', { name }),
          })
          onDone()
        },
        onError,
      },
    )
  }

  // Digits only: a PIN is typed on the number row or keypad, never pasted with spaces.
  const pinProps = (field: 'pin' | 'confirmPin') => {
    const props = form.getInputProps(field)
    return {
      ...props,
      visibilityToggleButtonProps: { 'aria-label': t('users.form.showPin') },
      onChange: (event: ChangeEvent<HTMLInputElement>) =>
        form.setFieldValue(field, event.currentTarget.value.replace(/\D/g, '').slice(0, 8)),
    }
  }

  const pinLocked = pinWaitsForAdmin(form.values.role)
  const pinHint = pinLocked
    ? t('users.form.pinAfterAdmin')
    : t(user ? 'users.form.pinKeepHint' : 'users.form.pinHint')

  return (
    <>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('users.form.name')}
            placeholder={t('users.form.namePlaceholder')}
            withAsterisk
            maxLength={80}
            autoComplete="off"
            data-autofocus={focusPin ? undefined : true}
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <Select
            label={t('users.form.role')}
            description={t('users.form.roleHint')}
            data={roles.map((role) => ({ value: role, label: t(`roles.${role}`, { ns: 'auth' }) }))}
            allowDeselect={false}
            key={form.key('role')}
            {...form.getInputProps('role')}
          />
          <PinField
            label={t(user ? 'users.form.newPin' : 'users.form.pin')}
            description={pinHint}
            withAsterisk={!user && !pinLocked}
            disabled={pinLocked}
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            data-autofocus={focusPin ? true : undefined}
            key={form.key('pin')}
            {...pinProps('pin')}
          />
          <PinField
            label={t('users.form.confirmPin')}
            disabled={pinLocked}
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            key={form.key('confirmPin')}
            {...pinProps('confirmPin')}
          />
          <Switch
            label={t('users.form.active')}
            description={t('users.form.activeHint')}
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
              {t('users.form.cancel')}
            </Button>
            <Button type="submit" color="teal.9" loading={pending}>
              {t('users.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {/* Outside the form: React bubbles the dialog's submit through its portal. */}
      {dialog}
    </>
  )
}
