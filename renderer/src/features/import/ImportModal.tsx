import { useRef } from 'react'
import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ImportForm } from './ImportForm'

interface Props {
  opened: boolean
  onClose: () => void
  /**
   * After a completed import: where focus goes next (the list of what was just loaded).
   * Without it focus returns to the button that opened the dialog.
   */
  onImported?: () => void
}

export function ImportModal({ opened, onClose, onImported }: Props) {
  const { t } = useTranslation('import')
  const imported = useRef(false)
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('title')}
      size={1080}
      centered
      // After an import, focus goes where the caller says once the dialog has fully closed:
      // later than the dialog's own return of focus to its button, however slow the machine.
      onExitTransitionEnd={() => {
        if (imported.current && onImported) onImported()
        imported.current = false
      }}
    >
      {opened ? (
        <ImportForm
          onDone={() => {
            imported.current = true
            onClose()
          }}
        />
      ) : null}
    </Modal>
  )
}
