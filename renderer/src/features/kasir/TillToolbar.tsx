import { Button, Group } from '@mantine/core'
import {
  IconDiscount,
  IconLayoutGrid,
  IconListDetails,
  IconPlayerPause,
  IconTag,
} from '@tabler/icons-react'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  /** A line is selected: its discount and price can be changed. */
  hasSelectedLine: boolean
  /** The cart has lines: a cart discount and holding make sense. */
  hasLines: boolean
  heldCount: number
  tilesOpen: boolean
  onLineDiscount(): void
  onCartDiscount(): void
  onOverride(): void
  onHold(): void
  onShowHeld(): void
  onToggleTiles(): void
}

/**
 * The till's buttons for what the function keys also do. Memoised with stable handlers: it
 * changes only when the cart gains or loses its first line, a selection or a held cart, not
 * at every scan.
 */
export const TillToolbar = memo(function TillToolbar(props: Props) {
  const { t } = useTranslation('kasir')
  return (
    <Group gap={6} role="toolbar" aria-label={t('actions.label')}>
      <Button
        size="compact-md"
        variant="default"
        leftSection={<IconDiscount size={16} aria-hidden />}
        disabled={!props.hasSelectedLine}
        onClick={props.onLineDiscount}
      >
        {t('actions.lineDiscount')}
      </Button>
      <Button
        size="compact-md"
        variant="default"
        leftSection={<IconDiscount size={16} aria-hidden />}
        disabled={!props.hasLines}
        onClick={props.onCartDiscount}
      >
        {t('actions.cartDiscount')}
      </Button>
      <Button
        size="compact-md"
        variant="default"
        leftSection={<IconTag size={16} aria-hidden />}
        disabled={!props.hasSelectedLine}
        onClick={props.onOverride}
      >
        {t('actions.override')}
      </Button>
      <Button
        size="compact-md"
        variant="default"
        leftSection={<IconPlayerPause size={16} aria-hidden />}
        disabled={!props.hasLines}
        onClick={props.onHold}
      >
        {t('actions.hold')}
      </Button>
      <Button
        size="compact-md"
        variant="default"
        leftSection={<IconListDetails size={16} aria-hidden />}
        onClick={props.onShowHeld}
      >
        {t('actions.held', { count: props.heldCount })}
      </Button>
      <Button
        size="compact-md"
        variant={props.tilesOpen ? 'filled' : 'default'}
        aria-pressed={props.tilesOpen}
        leftSection={<IconLayoutGrid size={16} aria-hidden />}
        onClick={props.onToggleTiles}
      >
        {t('actions.tiles')}
      </Button>
    </Group>
  )
})
