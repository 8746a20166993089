import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageSwitch } from '../../app/LanguageSwitch'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { PinField } from '../../components/pin/PinField'

/**
 * The locked till: pick your name, type your PIN. Also the fast cashier switch — locking
 * returns here and the next cashier signs in.
 */
export function LoginScreen() {
  const { t } = useTranslation('auth')
  const client = useQueryClient()
  const candidates = useChannel('auth:candidates', {})
  const login = useChannelMutation('auth:login')
  const [userId, setUserId] = useState<string | null>(null)
  const [pin, setPin] = useState('')
  const users = useMemo(() => candidates.data ?? [], [candidates.data])

  useEffect(() => {
    if (!userId && users.length === 1) setUserId(users[0]!.id)
  }, [users, userId])

  const submit = () => {
    if (!userId || pin.length < 4) return
    login.mutate(
      { userId, pin },
      {
        onSuccess: () => void client.invalidateQueries(),
        onSettled: () => setPin(''),
      },
    )
  }

  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={460}>
        <Stack>
          <Group justify="space-between">
            <Title order={1} size="h2">
              {t('title')}
            </Title>
            <LanguageSwitch />
          </Group>
          <Text c="dimmed">{t('subtitle')}</Text>
          {users.length === 0 && candidates.isSuccess ? (
            <Alert color="yellow">{t('noUsers')}</Alert>
          ) : null}
          <Stack gap={6} role="radiogroup" aria-label={t('users')}>
            {users.map((user) => (
              <UnstyledButton
                key={user.id}
                role="radio"
                aria-checked={userId === user.id}
                onClick={() => setUserId(user.id)}
                p="sm"
                style={{
                  borderRadius: 6,
                  border: '1px solid var(--mantine-color-gray-4)',
                  background: userId === user.id ? 'var(--mantine-color-teal-1)' : undefined,
                }}
              >
                <Group justify="space-between">
                  <Text fw={600}>{user.name}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`roles.${user.role}`)}
                  </Text>
                </Group>
              </UnstyledButton>
            ))}
          </Stack>
          <form
            onSubmit={(event) => {
              event.preventDefault()
              submit()
            }}
          >
            <Stack gap="xs">
              <PinField
                label={t('pin')}
                inputMode="numeric"
                autoComplete="off"
                maxLength={8}
                value={pin}
                onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, ''))}
                autoFocus
              />
              {login.error ? (
                <Text c="red" role="alert">
                  {login.error.message}
                </Text>
              ) : null}
              <Button type="submit" loading={login.isPending} disabled={!userId}>
                {t('submit')}
              </Button>
            </Stack>
          </form>
        </Stack>
      </Paper>
    </Center>
  )
}
