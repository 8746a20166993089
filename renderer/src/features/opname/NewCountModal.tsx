import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { NewCountForm } from './NewCountForm'

interface Props {
  opened: boolean
  onClose: () => void
  onCreated: (id: string) => void
}

export function NewCountModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation('opname')
  return (
    <Modal opened={opened} onClose={onClose} title={t('form.title')} size="lg" centered>
      {opened ? <NewCountForm onCancel={onClose} onCreated={onCreated} /> : null}
    </Modal>
  )
}
