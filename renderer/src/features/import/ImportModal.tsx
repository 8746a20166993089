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
  return (
    <Modal opened={opened} onClose={onClose} title={t('title')} size={1080} centered>
      {opened ? (
        <ImportForm
          onDone={() => {
            onClose()
            // Once the dialog has let go of focus (its trap ends with `opened`), before it
            // would hand focus back to its button.
            if (onImported) window.requestAnimationFrame(onImported)
          }}
        />
      ) : null}
    </Modal>
  )
}
