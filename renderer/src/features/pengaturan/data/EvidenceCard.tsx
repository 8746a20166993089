import { Button, Code, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { RecoveryPdfButton } from './RecoveryPdfButton'
import { RestoreKeyForm } from './RestoreKeyForm'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel, useChannelMutation } from '../../../api/hooks'
import { SettingsCard } from '../SettingsCard'

/**
 * The tamper evidence of this till: the anchor to write down (compare it with a Z report or a
 * backup), and the chain key's recovery code for the admin's safe. Main decides who may see
 * the code and when a PIN is needed; this card only asks.
 */
export function EvidenceCard() {
  const { t } = useTranslation('data')
  const status = useChannel('evidence:status', {})
  const reveal = useChannelMutation('evidence:recoveryCode')
  const [pin, setPin] = useState('')
  const [code, setCode] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const needsPin = status.data?.recoveryShown ?? false

  const show = () => {
    setError(null)
    reveal.mutate(
      { pin: needsPin ? pin : null },
      {
        onSuccess: (result) => {
          setCode(result.code)
          setPin('')
          void status.refetch()
        },
        onError: (e) => setError(e.message),
      },
    )
  }

  return (
    <SettingsCard
      id="data-evidence"
      title={t('evidence.title')}
      description={t('evidence.description')}
    >
      <Stack gap="xs">
        <Text size="sm">
          {t('evidence.anchor')}{' '}
          <Code data-testid="chain-anchor">{status.data?.anchor ?? t('evidence.noAnchor')}</Code>
        </Text>
        <Text size="sm" c="dimmed">
          {status.data?.keyStore === 'os-keystore' ? t('evidence.keyOs') : t('evidence.keyFile')}
        </Text>
        {code ? (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('evidence.codeTitle')}
            </Text>
            <Code block aria-label={t('evidence.codeTitle')}>
              {code}
            </Code>
            <Text size="sm" c="dimmed">
              {t('evidence.codeHint')}
            </Text>
            <RecoveryPdfButton code={code} />
          </Stack>
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault()
              show()
            }}
          >
            <Group align="flex-end" gap="sm">
              {needsPin ? (
                <PasswordInput
                  label={t('evidence.pin')}
                  value={pin}
                  onChange={(event) => setPin(event.currentTarget.value)}
                  inputMode="numeric"
                  autoComplete="off"
                  error={error}
                />
              ) : null}
              <Button type="submit" variant="default" loading={reveal.isPending}>
                {t('evidence.show')}
              </Button>
            </Group>
            {!needsPin && error ? (
              <Text size="sm" c="red" role="alert">
                {error}
              </Text>
            ) : null}
          </form>
        )}
        <RestoreKeyForm />
      </Stack>
    </SettingsCard>
  )
}
