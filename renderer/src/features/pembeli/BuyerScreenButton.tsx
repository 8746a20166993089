import { Button } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDeviceDesktop } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { call } from '../../api/client'

/**
 * Opens the buyer's screen through main: Electron opens the window itself (on a second
 * monitor when there is one); browser mode answers a path with a read-only key, opened here
 * as a new tab without a handle back to this one.
 */
export function BuyerScreenButton() {
  const { t } = useTranslation('pembeli')
  const [busy, setBusy] = useState(false)
  const open = async () => {
    setBusy(true)
    try {
      const opened = await call('buyer:open', {})
      if (opened.kind === 'tab') {
        const tab = window.open(opened.path, '_blank')
        // The buyer's tab gets no handle back to the till's.
        if (tab) tab.opener = null
        else notifications.show({ color: 'orange', message: t('popupBlocked') })
      }
    } catch (error) {
      notifications.show({
        color: 'red',
        message: t('openFailed', { message: error instanceof Error ? error.message : '' }),
      })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      size="compact-md"
      variant="default"
      leftSection={<IconDeviceDesktop size={16} aria-hidden />}
      title={t('openHint')}
      loading={busy}
      onClick={() => void open()}
    >
      {t('open')}
    </Button>
  )
}
