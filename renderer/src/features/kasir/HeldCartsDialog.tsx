import { Alert, Button, Group, Modal, Stack, Text, UnstyledButton } from '@mantine/core'
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { HeldCartDto } from '../../../../shared/till/till-dto'
import { formatReceiptDateTime } from '../../../../shared/receipt/receipt-datetime'

interface Props {
  opened: boolean
  held: HeldCartDto[]
  busy: boolean
  error: string | null
  onResume(id: string): void
  onClose(): void
}

/** F9: the parked carts, newest last; ↑/↓ pick one and Enter brings it back. */
function HeldCartsDialogView({ opened, held, busy, error, onResume, onClose }: Props) {
  const { t } = useTranslation('kasir')
  const [active, setActive] = useState(0)
  const list = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (opened) setActive(0)
  }, [opened])
  useEffect(() => {
    if (!opened) return
    // The modal's content mounts with its transition: focus once it is there.
    const timer = window.setTimeout(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-held]')
      buttons?.[active]?.focus()
    }, 30)
    return () => window.clearTimeout(timer)
  }, [active, opened, held.length])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      setActive((i) => Math.min(held.length - 1, i + 1))
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((i) => Math.max(0, i - 1))
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('held.title')}
      closeButtonProps={{ 'aria-label': t('receipt.close') }}
      centered
      size="lg"
      returnFocus={false}
    >
      <Stack gap="sm" ref={list} onKeyDown={onKeyDown} role="list" aria-label={t('held.title')}>
        {held.length === 0 && <Text c="gray.7">{t('held.empty')}</Text>}
        {held.map((cart, index) => (
          <UnstyledButton
            key={cart.id}
            data-held
            data-autofocus={index === active ? true : undefined}
            role="listitem"
            aria-label={t('held.resumeLabel', { label: cart.label })}
            disabled={busy}
            onFocus={() => setActive(index)}
            onClick={() => onResume(cart.id)}
            p="sm"
            style={{
              border: '1px solid var(--mantine-color-gray-4)',
              borderRadius: 'var(--mantine-radius-md)',
              background: index === active ? 'var(--mantine-color-teal-0)' : undefined,
              boxShadow: index === active ? 'inset 4px 0 0 var(--mantine-color-teal-8)' : undefined,
            }}
          >
            <Group justify="space-between" wrap="nowrap">
              <div>
                <Text fw={700}>{cart.label}</Text>
                <Text size="sm" c="gray.7">
                  {t('held.detail', {
                    items: t('cart.items', { count: cart.items }),
                    time: formatReceiptDateTime(cart.createdAt),
                    user: cart.userName,
                  })}
                </Text>
              </div>
              <Text size="sm" fw={600} c="teal.9">
                {t('held.resume')}
              </Text>
            </Group>
          </UnstyledButton>
        ))}
        {error && (
          <Alert role="alert" color="red" variant="light">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel.back')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}

// Memoised: the till re-renders on every scan and key, and a closed dialog has nothing new to show.
export const HeldCartsDialog = memo(HeldCartsDialogView)
