import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../../api/hooks'

/**
 * A lost chain key back from the printed recovery code. Main checks the admin's PIN and that
 * links in this till's chain were signed by the key, and audits each attempt; this form only
 * asks and says what main answered. The PIN is cleared as soon as the answer comes.
 */
export function RestoreKeyForm() {
  const { t } = useTranslation('data')
  const restore = useChannelMutation('evidence:restoreKey')
  const [code, setCode] = useState('')
  const [pin, setPin] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)

  const submit = () => {
    setError(null)
    setDone(null)
    restore.mutate(
      { code, pin },
      {
        onSuccess: (result) => {
          setPin('')
          setCode('')
          setDone(
            t(result.replaced ? 'evidence.restored' : 'evidence.alreadyInUse', {
              keyId: result.keyId,
            }),
          )
        },
        onError: (e) => {
          setPin('')
          setError(e.message)
        },
      },
    )
  }

  return (
    <form
      noValidate
      aria-label={t('evidence.restoreTitle')}
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Stack gap={6} mt="sm">
        <Text size="sm" fw={600}>
          {t('evidence.restoreTitle')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('evidence.restoreHint')}
        </Text>
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('evidence.restoreCode')}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            w={420}
            ff="monospace"
          />
          <PasswordInput
            label={t('evidence.restorePin')}
            value={pin}
            onChange={(event) => setPin(event.currentTarget.value)}
            inputMode="numeric"
            autoComplete="off"
            w={160}
          />
          <Button type="submit" variant="default" loading={restore.isPending}>
            {t('evidence.restore')}
          </Button>
        </Group>
        {error ? (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        ) : null}
        {done ? (
          <Text size="sm" c="green.8" role="status">
            {done}
          </Text>
        ) : null}
      </Stack>
    </form>
  )
}
