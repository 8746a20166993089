import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlayerPlay } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { RupiahInput } from '../produk/RupiahInput'
import { useSeededName } from '../../i18n/use-seeded-name'

/** No shift on this till: count the drawer and open one with that float. */
export function OpenShiftCard({ cashierName }: { cashierName: string }) {
  const { t } = useTranslation('shift')
  const seeded = useSeededName()
  const till = useChannel('till:settings', {})
  const open = useChannelMutation('shifts:open')
  const [float, setFloat] = useState<number | ''>('')
  const fieldError = open.error?.fieldErrors().openingFloat

  const submit = () => {
    const openingFloat = typeof float === 'number' ? float : 0
    // mutateAsync, not mutate's callbacks: the refreshed shift replaces this card before they
    // would run, and an unmounted card's callbacks are skipped. Refusals show via open.error.
    open
      .mutateAsync({ openingFloat })
      .then(() => {
        notifications.show({
          color: 'teal',
          message: t('open.done', { amount: formatRupiah(openingFloat) }),
        })
        // A shift is opened to sell: go to the till, whose scan field takes focus when it
        // loads, so the first scan after opening lands in the cart (issue 15).
        window.location.hash = '/kasir'
      })
      .catch(() => undefined)
  }

  return (
    <Paper withBorder radius="md" p="lg" maw={640}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <Stack gap="sm">
          <div>
            <Title order={3}>{t('open.title')}</Title>
            <Text size="sm" c="gray.7">
              {t('open.body')}
            </Text>
          </div>
          <Group gap="xl">
            <Text size="sm">
              <Text span c="gray.7">
                {t('open.location')}:{' '}
              </Text>
              <Text span fw={600}>
                {till.data ? seeded(till.data.locationName) : '…'}
              </Text>
            </Text>
            <Text size="sm">
              <Text span c="gray.7">
                {t('open.cashier')}:{' '}
              </Text>
              <Text span fw={600}>
                {cashierName}
              </Text>
            </Text>
          </Group>
          <Group align="flex-start" gap="sm">
            <RupiahInput
              label={t('open.float')}
              description={t('open.floatHint')}
              // Mantine's default description grey is too faint to read (axe colour contrast).
              styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
              value={float}
              onChange={(value) => setFloat(typeof value === 'number' ? value : '')}
              min={0}
              placeholder={formatRupiah(0)}
              error={fieldError}
              w={260}
              size="md"
              data-autofocus
              autoFocus
            />
            <Button
              type="submit"
              color="teal.9"
              size="md"
              mt={46}
              loading={open.isPending}
              leftSection={<IconPlayerPlay size={18} aria-hidden />}
            >
              {t('open.submit')}
            </Button>
          </Group>
          {open.error && !fieldError ? (
            <Alert color="red" role="alert">
              {open.error.message}
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Paper>
  )
}
