import { Alert, Box, Button, Group, Paper, ScrollArea, Stack, Text, TextInput } from '@mantine/core'
import { IconAlertTriangle, IconCash, IconPlus, IconQrcode } from '@tabler/icons-react'
import type { KeyboardEvent, RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import { formatRupiah } from '../../../../shared/money'
import type { CartTotals } from './cart'
import { cashTextFor, formatCashText } from './cash-text'
import { QuickCashButtons } from './QuickCashButtons'
import { TenderRow } from './TenderRow'
import { cashDue, changeFor, summarizeTenders, type NoncashRow } from './tenders'

function BreakdownRow({ name, value }: { name: string; value: number }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="sm">
      <Text component="dt" size="sm" c="gray.2">
        {name}
      </Text>
      <Text component="dd" m={0} size="sm" c="gray.2" ff="monospace">
        {formatRupiah(value)}
      </Text>
    </Group>
  )
}

/**
 * As large as the panel allows: billions must still fit on one line. Smaller once tenders
 * are split, so the tender rows get the room.
 */
const totalFontSize = (text: string, compact: boolean) =>
  `${Math.min(compact ? 40 : 52, Math.floor(520 / text.length))}px`

interface Props {
  totals: CartTotals
  cash: string
  onCash(text: string): void
  cashRef: RefObject<HTMLInputElement | null>
  cashError: string | null
  payError: string | null
  paying: boolean
  onPay(): void
  rows: NoncashRow[]
  rowErrors: Record<string, string>
  noncashMethods: PaymentMethodDto[]
  onRowChange(key: string, patch: Partial<Omit<NoncashRow, 'key'>>): void
  onRowRemove(key: string): void
  onShowQr(key: string): void
  onAddQris(): void
  onAddOther(): void
}

export function PaymentPanel({
  totals,
  cash,
  onCash,
  cashRef,
  cashError,
  payError,
  paying,
  onPay,
  rows,
  rowErrors,
  noncashMethods,
  onRowChange,
  onRowRemove,
  onShowQr,
  onAddQris,
  onAddOther,
}: Props) {
  const { t } = useTranslation('kasir')
  const totalText = formatRupiah(totals.total)
  const summary = summarizeTenders(cash, rows)
  const anyTender = summary.cash > 0 || summary.noncash > 0
  const change = anyTender ? changeFor(totals.total, summary) : null
  const short = change !== null && change < 0 && totals.lines > 0
  const due = cashDue(totals.total, summary)
  const discount = totals.lineDiscounts + totals.cartDiscount
  const hasQris = noncashMethods.some((m) => m.id === 'qris')
  const hasOther = noncashMethods.some((m) => m.id !== 'qris')
  const compact = rows.length > 0
  const breakdownShown = totals.rounding !== 0 || discount > 0
  // A roomy cash field and its hint only while the panel has the room for them.
  const roomy = rows.length === 0 && !breakdownShown

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      onPay()
    } else if (event.key === 'Escape' && cash !== '') {
      // Clearing the field is this Esc's whole job; the till's Esc (cancel the sale) waits.
      event.stopPropagation()
      onCash('')
    }
  }

  const quickPick = (amount: number) => {
    onCash(cashTextFor(amount))
    cashRef.current?.focus()
  }

  return (
    <Paper
      component="section"
      aria-label={t('payment.label')}
      withBorder
      radius="md"
      p="md"
      h="100%"
      style={{ display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-md)' }}
    >
      {/*
        Three bands: the total on top and the change + Pay at the bottom never move; the
        tenders between them scroll inside the panel, so Pay stays on screen at 1366×768 however
        many tender rows are added.
      */}
      <Box
        bg="dark.7"
        c="white"
        px="lg"
        py={compact ? 'xs' : 'md'}
        style={{ borderRadius: 'var(--mantine-radius-md)', flexShrink: 0 }}
        aria-live="polite"
        aria-atomic="true"
      >
        <Group justify="space-between" align="baseline">
          <Text fw={700} tt="uppercase" size="md" c="gray.2">
            {t('payment.total')}
          </Text>
          <Text size="sm" c="gray.2">
            {t('cart.summary', {
              items: t('cart.items', { count: totals.items }),
              lines: t('cart.lines', { count: totals.lines }),
            })}
          </Text>
        </Group>
        <Text
          ta="right"
          ff="monospace"
          fw={800}
          lh={1.1}
          mt={4}
          style={{ fontSize: totalFontSize(totalText, compact), whiteSpace: 'nowrap' }}
          data-testid="till-total"
        >
          {totalText}
        </Text>
        {breakdownShown && (
          <Box component="dl" m={0} mt={4} aria-label={t('payment.breakdown')}>
            <BreakdownRow name={t('payment.subtotal')} value={totals.subtotal} />
            {totals.lineDiscounts > 0 && (
              <BreakdownRow name={t('payment.lineDiscounts')} value={-totals.lineDiscounts} />
            )}
            {totals.cartDiscount > 0 && (
              <BreakdownRow name={t('payment.cartDiscount')} value={-totals.cartDiscount} />
            )}
            {totals.rounding !== 0 && (
              <BreakdownRow name={t('payment.rounding')} value={totals.rounding} />
            )}
          </Box>
        )}
      </Box>

      <ScrollArea
        type="auto"
        offsetScrollbars="present"
        scrollbarSize={8}
        // The padding (taken back by the margin) keeps focus rings inside the scrolling box.
        m={-4}
        style={{ flex: 1, minHeight: 0 }}
      >
        <Stack gap={compact ? 'sm' : 'md'} p={4}>
          <TextInput
            ref={cashRef}
            label={t('payment.cash')}
            description={roomy ? t('payment.cashHint') : undefined}
            size={roomy ? 'xl' : 'lg'}
            inputMode="numeric"
            autoComplete="off"
            leftSection={
              <Text fw={700} c="gray.8">
                Rp
              </Text>
            }
            value={cash}
            error={cashError}
            onChange={(event) => onCash(formatCashText(event.currentTarget.value))}
            onKeyDown={onKeyDown}
            styles={{
              input: { textAlign: 'right', fontFamily: 'monospace', fontWeight: 700 },
              description: { color: 'var(--mantine-color-gray-7)' },
            }}
          />

          {rows.length === 0 ? (
            <QuickCashButtons total={due} onPick={quickPick} />
          ) : (
            // With split tenders the panel is full: only the exact remainder stays one click away.
            <Button
              variant="filled"
              color="dark.6"
              disabled={due <= 0}
              onClick={() => quickPick(due)}
              style={{ flexShrink: 0 }}
            >
              {t('payment.exact')}
            </Button>
          )}

          <Stack gap={6}>
            {rows.map((row, index) => (
              <TenderRow
                key={row.key}
                row={row}
                index={index}
                methods={noncashMethods}
                error={rowErrors[row.key] ?? null}
                onChange={(patch) => onRowChange(row.key, patch)}
                onRemove={() => onRowRemove(row.key)}
                onShowQr={() => onShowQr(row.key)}
                onEnter={onPay}
              />
            ))}
          </Stack>
        </Stack>
      </ScrollArea>

      <Stack gap="sm" style={{ flexShrink: 0 }}>
        {/* The other tenders never scroll away: with discounts shown the middle band is short. */}
        <Group gap={6} grow>
          {hasQris && (
            <Button
              variant="light"
              size="sm"
              leftSection={<IconQrcode size={16} aria-hidden />}
              disabled={totals.lines === 0}
              onClick={onAddQris}
            >
              {t('tender.addQris')}
            </Button>
          )}
          {hasOther && (
            <Button
              variant="default"
              size="sm"
              leftSection={<IconPlus size={16} aria-hidden />}
              disabled={totals.lines === 0}
              onClick={onAddOther}
            >
              {t('tender.addOther')}
            </Button>
          )}
        </Group>

        <Group
          justify="space-between"
          align="center"
          wrap="nowrap"
          px="md"
          py={compact ? 6 : 'sm'}
          bg={short ? 'red.0' : 'teal.0'}
          style={{ borderRadius: 'var(--mantine-radius-md)', flexShrink: 0 }}
          aria-live="polite"
          aria-atomic="true"
        >
          <Text fw={700} size="lg" c={short ? 'red.9' : 'teal.9'}>
            {short ? t('payment.short') : t('payment.change')}
          </Text>
          <Text
            ff="monospace"
            fw={800}
            fz={compact ? 26 : 30}
            c={short ? 'red.9' : 'teal.9'}
            style={{ whiteSpace: 'nowrap' }}
          >
            {formatRupiah(change === null ? 0 : Math.abs(change))}
          </Text>
        </Group>

        {payError && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            styles={{ message: { color: 'var(--mantine-color-red-9)', fontWeight: 600 } }}
          >
            {payError}
          </Alert>
        )}

        <Button
          size="xl"
          h={rows.length === 0 ? 64 : 56}
          style={{ flexShrink: 0 }}
          fullWidth
          color="teal.9"
          leftSection={<IconCash size={26} aria-hidden />}
          loading={paying}
          disabled={totals.lines === 0}
          onClick={onPay}
        >
          {t('payment.pay')}
        </Button>
      </Stack>
    </Paper>
  )
}
