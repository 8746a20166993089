import { Button } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ImportModal } from './ImportModal'

/** Opens the catalogue import from the Produk screen's header. */
export function ImportButton({ onImported }: { onImported?: () => void }) {
  const { t } = useTranslation('import')
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileImport size={16} aria-hidden />}
        onClick={() => setOpened(true)}
      >
        {t('open')}
      </Button>
      <ImportModal opened={opened} onClose={() => setOpened(false)} onImported={onImported} />
    </>
  )
}
