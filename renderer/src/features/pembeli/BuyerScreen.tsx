import { Box, Center, Group, Stack, Text, Title } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { BuyerDisplayState } from '../../../../shared/push/buyer-display'
import { Bilingual, bothLabels } from './Bilingual'
import { buyerKey } from './buyer-location'
import { BuyerQr } from './BuyerQr'
import { useBuyerDisplay } from './use-buyer-display'

type CartState = Extract<BuyerDisplayState, { phase: 'cart' }>
type ThanksState = Extract<BuyerDisplayState, { phase: 'thanks' }>

/** Sizes follow the screen: the same layout reads from across a booth at 1366×768 and 1920×1080. */
const size = {
  line: 'clamp(18px, 2.4vw, 44px)',
  label: 'clamp(16px, 1.8vw, 34px)',
  hint: 'clamp(14px, 1.3vw, 26px)',
  total: 'clamp(40px, 4.8vw, 104px)',
  greeting: 'clamp(32px, 4.4vw, 88px)',
  thanks: 'clamp(28px, 3.4vw, 72px)',
  qr: 'min(40vh, 26vw)',
}

function useBoth() {
  const { i18n } = useTranslation()
  const id = i18n.getFixedT('id', 'pembeli')
  const en = i18n.getFixedT('en', 'pembeli')
  return { id, en, both: (key: Parameters<typeof id>[0]) => bothLabels(id(key), en(key)) }
}

function Amount({
  label,
  value,
  big,
  testId,
  dark,
}: {
  label: string
  value: number
  big?: boolean
  testId?: string
  /** On the dark totals panel: light labels. */
  dark?: boolean
}) {
  const labelText = (
    <Text fz={size.label} c={dark ? 'gray.3' : 'gray.7'}>
      {label}
    </Text>
  )
  const amount = (
    <Text
      fz={big ? size.total : size.line}
      fw={big ? 800 : 600}
      ff="monospace"
      ta="right"
      style={{ whiteSpace: 'nowrap', lineHeight: 1.1 }}
      data-testid={testId}
    >
      {formatRupiah(value)}
    </Text>
  )
  // A big amount gets the whole width under its label, so millions never wrap.
  if (big) {
    return (
      <Stack gap={0}>
        {labelText}
        {amount}
      </Stack>
    )
  }
  return (
    <Group justify="space-between" wrap="nowrap" gap="lg">
      {labelText}
      {amount}
    </Group>
  )
}

function CartView({ state }: { state: CartState }) {
  const { both, id, en } = useBoth()
  const list = useRef<HTMLDivElement>(null)
  // The newest line is the one the buyer just saw scanned: keep it in view.
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight })
  }, [state.lines.length])
  return (
    <Box
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 38vw)',
        gap: 'clamp(16px, 2vw, 40px)',
        minHeight: 0,
        flex: 1,
      }}
    >
      <Box ref={list} style={{ overflowY: 'auto', minHeight: 0 }}>
        <table aria-label={both('items')} style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <Text
                component="th"
                fz={size.label}
                c="dimmed"
                ta="left"
                style={{ whiteSpace: 'nowrap' }}
              >
                {both('product')}
              </Text>
              <Text
                component="th"
                fz={size.label}
                c="dimmed"
                ta="right"
                style={{ whiteSpace: 'nowrap' }}
              >
                {both('qty')}
              </Text>
              <Text
                component="th"
                fz={size.label}
                c="dimmed"
                ta="right"
                style={{ whiteSpace: 'nowrap' }}
              >
                {both('amount')}
              </Text>
            </tr>
          </thead>
          <tbody>
            {state.lines.map((line, index) => (
              <tr key={index} style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
                <Text component="td" fz={size.line} py="xs" fw={600}>
                  {line.name}
                </Text>
                <Text
                  component="td"
                  fz={size.line}
                  ta="right"
                  ff="monospace"
                  px="md"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {line.qty}×
                </Text>
                <Text
                  component="td"
                  fz={size.line}
                  ta="right"
                  ff="monospace"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {formatRupiah(line.amount)}
                </Text>
              </tr>
            ))}
          </tbody>
        </table>
      </Box>
      <Stack
        bg="dark.7"
        c="white"
        p="clamp(16px, 2vw, 40px)"
        gap="md"
        justify="center"
        style={{ borderRadius: 'var(--mantine-radius-lg)', minHeight: 0, overflow: 'hidden' }}
      >
        {state.discount > 0 && (
          <>
            <Amount label={both('subtotal')} value={state.subtotal} dark />
            <Amount label={both('discount')} value={-state.discount} dark />
          </>
        )}
        <Amount label={both('total')} value={state.total} big dark testId="buyer-total" />
        {state.qris && (
          <Stack align="center" gap="xs">
            <BuyerQr
              payload={state.qris.payload}
              size={size.qr}
              alt={bothLabels(
                id('qrisAlt', { amount: formatRupiah(state.qris.amount) }),
                en('qrisAlt', { amount: formatRupiah(state.qris.amount) }),
              )}
            />
            <Text fz={size.line} fw={800} ff="monospace">
              {formatRupiah(state.qris.amount)}
            </Text>
            <Bilingual
              id={id('scanQris')}
              en={en('scanQris')}
              fz={size.label}
              ta="center"
              c="gray.2"
            />
          </Stack>
        )}
      </Stack>
    </Box>
  )
}

function ThanksView({ state }: { state: ThanksState }) {
  const { both, id, en } = useBoth()
  return (
    <Center style={{ flex: 1 }}>
      <Stack align="center" gap="xl" w="min(90vw, 1200px)">
        <Bilingual
          id={id('thanks', { shop: state.shopName })}
          en={en('thanks', { shop: state.shopName })}
          fz={size.thanks}
          fw={800}
          ta="center"
        />
        <Stack gap="sm" w="min(80vw, 900px)">
          <Amount label={both('total')} value={state.total} />
          <Amount label={both('paid')} value={state.paid} />
          <Amount label={both('change')} value={state.change} big testId="buyer-change" />
        </Stack>
      </Stack>
    </Center>
  )
}

/**
 * The buyer's screen: only what main pushes (lines, totals, the QRIS, the change, a greeting
 * and a thank-you with the shop's name), large, in Indonesian and English at once. It has no
 * menu, no buttons and no fields: nothing here can send anything back.
 */
export function BuyerScreen() {
  const { both, id, en } = useBoth()
  const key = buyerKey()
  const { state, status } = useBuyerDisplay(key)
  const connectable = Boolean(window.etalasePush) || key !== null

  useEffect(() => {
    document.title = both('title')
  }, [both])

  let body
  if (!connectable) {
    body = (
      <Center style={{ flex: 1 }}>
        <Bilingual id={id('noKey')} en={en('noKey')} fz={size.line} ta="center" />
      </Center>
    )
  } else if (!state) {
    body = (
      <Center style={{ flex: 1 }}>
        <Bilingual id={id('connecting')} en={en('connecting')} fz={size.line} />
      </Center>
    )
  } else if (state.phase === 'cart') {
    body = <CartView state={state} />
  } else if (state.phase === 'thanks') {
    body = <ThanksView state={state} />
  } else {
    body = (
      <Center style={{ flex: 1 }}>
        <Bilingual
          id={id('welcome', { shop: state.shopName })}
          en={en('welcome', { shop: state.shopName })}
          fz={size.greeting}
          fw={800}
          ta="center"
        />
      </Center>
    )
  }

  return (
    <Box
      component="main"
      aria-label={both('title')}
      h="100dvh"
      p="clamp(16px, 2.5vw, 48px)"
      style={{ display: 'flex', flexDirection: 'column', gap: 'clamp(12px, 2vh, 32px)' }}
    >
      <Group justify="space-between" wrap="nowrap">
        <Title order={1} fz={size.label} c="teal.9">
          {state?.shopName ?? ''}
        </Title>
        {state && status === 'connecting' && (
          <Text fz={size.label} c="orange.8" role="status">
            {both('connecting')}
          </Text>
        )}
      </Group>
      {body}
    </Box>
  )
}
