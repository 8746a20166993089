import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ImportForm } from './ImportForm'

export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('import')
  return (
    <Modal opened={opened} onClose={onClose} title={t('title')} size={1080} centered>
      {opened ? <ImportForm onDone={onClose} /> : null}
    </Modal>
  )
}
