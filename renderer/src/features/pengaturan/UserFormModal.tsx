import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { UserDto } from '../../../../shared/auth/auth-dto'
import { UserForm } from './UserForm'

interface Props {
  opened: boolean
  /** The user being edited, or null for a new one. */
  user: UserDto | null
  focusPin: boolean
  adminHasPin: boolean
  onClose: () => void
}

export function UserFormModal({ opened, user, focusPin, adminHasPin, onClose }: Props) {
  const { t } = useTranslation('pengaturan')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(user ? 'users.form.titleEdit' : 'users.form.titleNew')}
      centered
      // Portalled out of the settings screen, so it sets the readable grey itself.
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {/* Mounted afresh on every open, so the form starts from the user it was opened for. */}
      <UserForm
        key={user?.id ?? 'new'}
        user={user}
        focusPin={focusPin}
        adminHasPin={adminHasPin}
        onDone={onClose}
      />
    </Modal>
  )
}
