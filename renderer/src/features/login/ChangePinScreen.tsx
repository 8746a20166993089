import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SessionUser } from '../../../../shared/auth/auth-dto'
import { ELEVATED_PIN_MIN_DIGITS } from '../../../../shared/permissions'
import { useChannelMutation } from '../../api/hooks'
import { PinField } from '../../components/pin/PinField'

const digits = (value: string) => value.replace(/\D/g, '')

/**
 * Someone whose role now needs a longer PIN signed in with their old one: main answers
 * nothing but this change until it is done, so the screen offers nothing else.
 */
export function ChangePinScreen({ user }: { user: SessionUser }) {
  const { t } = useTranslation('auth')
  const change = useChannelMutation('auth:changePin')
  const signOut = useChannelMutation('auth:lock')
  const [currentPin, setCurrentPin] = useState('')
  const [newPin, setNewPin] = useState('')
  const [repeat, setRepeat] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setProblem(null)
    setFieldError(null)
    if (newPin !== repeat) return setFieldError(t('changePin.mismatch'))
    change.mutate(
      { currentPin, newPin },
      {
        onError: (error) => {
          const field = error.fieldErrors().newPin
          if (field) setFieldError(field)
          else setProblem(error.message)
          setCurrentPin('')
        },
      },
    )
  }

  return (
    <Center h="100vh">
      <Paper withBorder p="xl" w={420}>
        <form onSubmit={submit} noValidate>
          <Stack>
            <Title order={1} size="h3">
              {t('changePin.title')}
            </Title>
            <Text size="sm">
              {t('changePin.body', { name: user.name, min: ELEVATED_PIN_MIN_DIGITS })}
            </Text>
            <PinField
              label={t('changePin.current')}
              value={currentPin}
              onChange={(e) => setCurrentPin(digits(e.currentTarget.value))}
              data-autofocus
              autoFocus
            />
            <PinField
              label={t('changePin.new')}
              value={newPin}
              onChange={(e) => setNewPin(digits(e.currentTarget.value))}
              error={fieldError}
            />
            <PinField
              label={t('changePin.repeat')}
              value={repeat}
              onChange={(e) => setRepeat(digits(e.currentTarget.value))}
            />
            {problem ? (
              <Text c="red.8" role="alert" size="sm">
                {problem}
              </Text>
            ) : null}
            <Group justify="space-between">
              <Button variant="default" onClick={() => signOut.mutate({})}>
                {t('changePin.later')}
              </Button>
              <Button
                type="submit"
                loading={change.isPending}
                disabled={currentPin.length < 4 || newPin.length < 4}
              >
                {t('changePin.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}
