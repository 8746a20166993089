import { Affix, Alert, Progress } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'

/** How often the window asks while the start check runs. */
const POLL_MS = 400

/**
 * "Memeriksa data": shown while main's start-up check of the data file runs beside the open
 * window. Main refuses payment meanwhile (DATA_CHECKING); when the check finds damage main
 * answers RECOVERY_MODE and the app's own info query turns the window into the recovery screen.
 */
export function StartCheckBanner() {
  const { t } = useTranslation('data')
  const client = useQueryClient()
  const check = useChannel(
    'app:startCheck',
    {},
    {
      refetchInterval: (query) => (query.state.data?.state === 'checking' ? POLL_MS : false),
      retry: false,
    },
  )
  const state = check.data?.state
  const recovery = check.error?.code === 'RECOVERY_MODE'
  // Once answered after checking, whatever asked meanwhile (app info, the till's refusals)
  // asks again. A check already done when the window opened changes nothing: refetching every
  // query then only delayed the till's first screen (a second round of requests at start).
  const sawChecking = useRef(false)
  useEffect(() => {
    if (state === 'checking') sawChecking.current = true
    const answered = state === 'ok' || state === 'failed'
    if ((answered && sawChecking.current) || recovery) {
      sawChecking.current = false
      void client.invalidateQueries()
    }
  }, [state, recovery, client])
  if (state !== 'checking') return null
  const percent = Math.round(check.data!.progress * 100)
  return (
    <Affix position={{ top: 8, left: '50%' }} style={{ transform: 'translateX(-50%)' }}>
      <Alert
        color="yellow"
        title={t('startCheck.title')}
        role="status"
        aria-live="polite"
        data-testid="start-check"
        w={420}
      >
        {t('startCheck.body', { percent })}
        <Progress value={percent} mt="xs" aria-label={t('startCheck.title')} />
      </Alert>
    </Affix>
  )
}
