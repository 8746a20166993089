import { Alert, Button, Loader } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import { useChannel } from '../../api/hooks'
import { PaymentMethodFormModal } from './PaymentMethodFormModal'
import { PaymentMethodsTable } from './PaymentMethodsTable'
import { SettingsCard } from './SettingsCard'
import { useGuardedSave } from './use-guarded-save'

export function PaymentMethodsSection() {
  const { t } = useTranslation('pengaturan')
  const methods = useChannel('payments:methods', {})
  const { save, pending, dialog } = useGuardedSave()
  // Kept after closing, so the modal does not change title while it fades out.
  const [editing, setEditing] = useState<{ opened: boolean; method: PaymentMethodDto | null }>({
    opened: false,
    method: null,
  })
  const [rowError, setRowError] = useState<string | null>(null)

  const setActive = (method: PaymentMethodDto, active: boolean) => {
    setRowError(null)
    const { id, name, kind, requiresReference } = method
    void save(
      'payments:save',
      { id, name, kind, requiresReference, active },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: t(active ? 'payments.activated' : 'payments.deactivated', { name }),
          }),
        onError: (error) => setRowError(error.message),
      },
    )
  }

  return (
    <SettingsCard
      id="settings-payments"
      title={t('payments.title')}
      description={t('payments.description')}
      action={
        <Button
          color="teal.9"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing({ opened: true, method: null })}
        >
          {t('payments.add')}
        </Button>
      }
    >
      {rowError ? (
        <Alert color="red" role="alert" py="xs">
          {rowError}
        </Alert>
      ) : null}
      {methods.error ? (
        <Alert color="red" role="alert" py="xs">
          {methods.error.message}
        </Alert>
      ) : null}
      {methods.data ? (
        <PaymentMethodsTable
          methods={methods.data}
          busy={pending}
          onEdit={(method) => setEditing({ opened: true, method })}
          onSetActive={setActive}
        />
      ) : methods.isLoading ? (
        <Loader size="sm" />
      ) : null}
      <PaymentMethodFormModal
        opened={editing.opened}
        method={editing.method}
        onClose={() => setEditing((e) => ({ ...e, opened: false }))}
      />
      {dialog}
    </SettingsCard>
  )
}
