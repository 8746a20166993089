import { Group, Kbd, Text } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'

// Key caps are the keyboard's own names, the same in every language.
const shortcuts = [
  { keys: ['F1'], action: 'tiles' },
  { keys: ['F2'], action: 'search' },
  { keys: ['F3'], action: 'qtyField' },
  { keys: ['F4'], action: 'cash' },
  { keys: ['F5'], action: 'qris' },
  { keys: ['F6'], action: 'lineDiscount' },
  { keys: ['⇧F6'], action: 'cartDiscount' },
  { keys: ['F7'], action: 'override' },
  { keys: ['F8'], action: 'hold' },
  { keys: ['F9'], action: 'held' },
  { keys: ['F12'], action: 'pay' },
  { keys: ['+', '−'], action: 'qty' },
  { keys: ['3*'], action: 'qtyPrefix' },
  { keys: ['↑', '↓'], action: 'select' },
  { keys: ['Del'], action: 'remove' },
  { keys: ['Esc'], action: 'cancel' },
] as const

// Memoised: the legend never changes with the cart, and the till re-renders on every scan.
export const ShortcutLegend = memo(function ShortcutLegend() {
  const { t } = useTranslation('kasir')
  return (
    <Group
      component="ul"
      aria-label={t('shortcuts.label')}
      gap={12}
      m={0}
      p={0}
      wrap="wrap"
      style={{ listStyle: 'none', rowGap: 4 }}
    >
      {shortcuts.map(({ keys, action }) => (
        <Group component="li" key={action} gap={3} wrap="nowrap">
          {keys.map((key) => (
            <Kbd key={key} size="xs">
              {key}
            </Kbd>
          ))}
          <Text span size="xs" c="gray.8" ml={2}>
            {t(`shortcuts.${action}`)}
          </Text>
        </Group>
      ))}
    </Group>
  )
})
