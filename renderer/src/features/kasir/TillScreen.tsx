import { Alert, Box, Center, Loader, Paper, Stack } from '@mantine/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { InputOf } from '../../../../shared/contract'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import type { SaleDto } from '../../../../shared/sales/sales-dto'
import { errorMessage } from '../../../../shared/error-messages'
import { defaultLocale, isLocale } from '../../../../shared/locale'
import { parseRupiah } from '../../../../shared/money'
import { useChannel } from '../../api/hooks'
import { isApprovalCancelled, useApproval } from '../../components/approval/use-approval'
import { AdjustDialog } from './AdjustDialog'
import { CancelSaleDialog } from './CancelSaleDialog'
import { cartTotals, selectedLine } from './cart'
import { CartTable } from './CartTable'
import { qtyInputId } from './CartRow'
import { errorBeep } from './error-beep'
import { HeldCartsDialog } from './HeldCartsDialog'
import { HoldDialog } from './HoldDialog'
import { PaymentPanel } from './PaymentPanel'
import { ProductSearch } from './ProductSearch'
import { QrisDialog } from './QrisDialog'
import { ReceiptDialog } from './ReceiptDialog'
import { ShiftNeededNotice } from './ShiftNeededNotice'
import { ShortcutLegend } from './ShortcutLegend'
import { TillHeader } from './TillHeader'
import { referenceInputId } from './TenderRow'
import { activeNoncash, QRIS_METHOD_ID, remainingFor, summarizeTenders } from './tenders'
import { TileGrid } from './TileGrid'
import { TillMessage } from './TillMessage'
import { TillToolbar } from './TillToolbar'
import { cashTextFor } from './cash-text'
import { useBarcodeScanner } from './use-barcode-scanner'
import { useAdjustments } from './use-adjustments'
import { useCart } from './use-cart'
import { useHeldCarts } from './use-held-carts'
import { useProductLookup } from './use-product-lookup'
import { useSearchFocus } from './use-search-focus'
import { useTillCheckout } from './use-till-checkout'
import { useTillHotkeys } from './use-till-hotkeys'
import { useStableCallback } from '../../components/use-stable-callback'
import { ReservationWarning } from '../pesanan/ReservationWarning'

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

// The screen fills the AppShell's main area exactly: the cart scrolls, the page never does.
const screenHeight =
  'calc(100dvh - var(--app-shell-header-offset, 0rem) - var(--app-shell-footer-offset, 0rem) - 2 * var(--app-shell-padding, 0rem))'

export function TillScreen() {
  const { t, i18n } = useTranslation('kasir')
  const locale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const settings = useChannel('till:settings', {})
  const methods = useChannel('payments:methods', {})
  const lookup = useProductLookup()
  // A line a cashier may not remove asks a supervisor, like every other refused action.
  const lineApproval = useApproval()
  const { call: approvedCall } = lineApproval
  // What each line comes to (after its discount), for the approval dialog's amount.
  const lineAmounts = useRef(new Map<string, number>())
  const removeLineCall = useCallback(
    (input: InputOf<'till:removeLine'>) =>
      approvedCall('till:removeLine', input, {
        action: t('approval.removeLine'),
        subject: `${input.qty} × ${input.name}`,
        amount: lineAmounts.current.get(input.productId),
      }),
    [approvedCall, t],
  )
  const till = useCart(removeLineCall)
  const { cart } = till

  const searchRef = useRef<HTMLInputElement>(null)
  const cashRef = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [sale, setSale] = useState<SaleDto | null>(null)
  const [receiptOpen, setReceiptOpen] = useState(false)
  const [cancelOpen, setCancelOpen] = useState(false)
  const [cancelling, setCancelling] = useState(false)
  const [tilesOpen, setTilesOpen] = useState(false)
  const [qrisRow, setQrisRow] = useState<string | null>(null)
  const [pendingQty, setPendingQty] = useState<number | null>(null)
  const [clearSearch, setClearSearch] = useState(0)
  // A sale needs an open shift: told at the first scan, not at Pay.
  const shift = useChannel('shifts:current', {})
  const needsShift = shift.isSuccess && shift.data === null

  const payment = useTillCheckout({
    cart,
    methods: methods.data,
    locationId: settings.data?.locationId,
    onPaid: (recorded) => {
      setSale(recorded)
      setReceiptOpen(true)
      till.reset()
    },
  })

  const summary = summarizeTenders(payment.cash, payment.rows)
  const totals = useMemo(
    () => cartTotals(cart, settings.data?.cashRounding, summary.paidWithCash),
    [cart, settings.data?.cashRounding, summary.paidWithCash],
  )
  useEffect(() => {
    lineAmounts.current = new Map(
      cart.lines.map((line, i) => [line.productId, totals.lineTotals[i] ?? 0]),
    )
  }, [cart.lines, totals.lineTotals])
  const noncashMethods = activeNoncash(methods.data)

  const searchFocus = useSearchFocus(searchRef)
  const focusSearch = searchFocus.now
  const focusSearchAfterDialog = searchFocus.afterDialog
  const adjusting = useAdjustments({
    cart,
    till,
    onApplied: () => clearMessages(),
    searchFocus,
  })
  const holding = useHeldCarts({ cart, till, resetTenders: payment.resetTenders, searchFocus })

  const focusCash = () => {
    cashRef.current?.focus()
    cashRef.current?.select()
  }

  const clearMessages = () => {
    setMessage(null)
    payment.clearErrors()
  }

  const addProduct = useStableCallback((product: ProductDto, qty?: number) => {
    if (!product.active) {
      setMessage(errorMessage('INACTIVE_PRODUCT', locale, { name: product.name }))
      errorBeep()
      return
    }
    till.add(product, qty ?? 1)
    clearMessages()
  })
  const pickTile = useStableCallback((product: ProductDto) => addProduct(product))
  const searchMessage = useStableCallback((text: string | null) => {
    setMessage(text)
    if (text) errorBeep()
  })

  const onScan = async (code: string) => {
    if (payment.isSubmitting()) return
    // A scan is the next customer: put the last receipt away and keep the cart as it is.
    if (receiptOpen) closeReceipt()
    try {
      const product = await lookup.byBarcode(code)
      // `3*` typed before the scan: this item comes in three, and the box empties again.
      addProduct(product, pendingQty ?? 1)
      if (pendingQty !== null) setClearSearch((n) => n + 1)
    } catch (error) {
      setMessage(messageOf(error))
      errorBeep()
    }
  }

  const closeReceipt = () => {
    setReceiptOpen(false)
    focusSearchAfterDialog()
  }

  const pay = () => {
    if (receiptOpen) return
    setMessage(null)
    const refusal = payment.pay()
    if (refusal === 'cart') focusSearch()
    if (refusal === 'cash') cashRef.current?.focus()
  }

  const remove = async (productId: string) => {
    try {
      await till.remove(productId, cart)
      clearMessages()
    } catch (error) {
      // A cancelled approval leaves the line where it was, without a message.
      if (!isApprovalCancelled(error)) setMessage(messageOf(error))
    }
    if (!document.activeElement || document.activeElement === document.body) focusSearch()
  }

  const abandon = async () => {
    setCancelling(true)
    try {
      await till.abandon(cart)
      payment.setCash('')
      clearMessages()
      setCancelOpen(false)
      focusSearchAfterDialog()
    } catch (error) {
      setCancelOpen(false)
      setMessage(messageOf(error))
    } finally {
      setCancelling(false)
    }
  }

  const line = selectedLine(cart)

  const addTender = (methodId: string) => {
    if (cart.lines.length === 0) return focusSearch()
    const remaining = remainingFor(totals.total, summary)
    const key = payment.addRow(methodId, remaining > 0 ? cashTextFor(remaining) : '')
    if (methodId === QRIS_METHOD_ID) setQrisRow(key)
    else window.setTimeout(() => document.getElementById(referenceInputId(key))?.focus(), 0)
  }
  const addQris = () => {
    const existing = payment.rows.find((row) => row.methodId === QRIS_METHOD_ID)
    if (existing) setQrisRow(existing.key)
    else if (noncashMethods.some((m) => m.id === QRIS_METHOD_ID)) addTender(QRIS_METHOD_ID)
  }
  const addOther = () => {
    const other = noncashMethods.find((m) => m.id !== QRIS_METHOD_ID)
    if (other) addTender(other.id)
  }
  const qrisTender = payment.rows.find((row) => row.key === qrisRow) ?? null

  const dialogOpen =
    receiptOpen ||
    cancelOpen ||
    adjusting.target !== null ||
    holding.holdOpen ||
    holding.heldOpen ||
    qrisRow !== null

  // A scan while the receipt is up is the next customer; in any other dialog the keys are
  // that dialog's: a barcode typed into a discount's reason must not ring up a line.
  const scanner = useBarcodeScanner(
    (code) => void onScan(code),
    (!dialogOpen || receiptOpen) && !payment.awaitingApproval && !lineApproval.opened,
  )

  useTillHotkeys({
    enabled: !dialogOpen,
    searchRef,
    inBurst: scanner.inBurst,
    handlers: {
      focusSearch,
      focusQty: () => {
        const line = selectedLine(cart)
        const field = line && document.getElementById(qtyInputId(line.productId))
        if (field instanceof HTMLInputElement) {
          field.focus()
          field.select()
        }
      },
      focusCash,
      addQris,
      lineDiscount: adjusting.openLineDiscount,
      cartDiscount: adjusting.openCartDiscount,
      overridePrice: adjusting.openOverride,
      hold: holding.openHold,
      showHeld: holding.openHeld,
      toggleTiles: () => setTilesOpen((open) => !open),
      pay,
      changeQty: (delta) => till.changeSelectedQty(delta),
      removeSelected: () => {
        if (cart.selected) void remove(cart.selected)
      },
      moveSelection: (delta) => till.moveSelection(delta),
      // Esc steps back one level: a message, then a field, then (asking first) the sale.
      escape: () => {
        const active = document.activeElement
        const inOtherField = active instanceof HTMLInputElement && active !== searchRef.current
        if (message || payment.payError || payment.cashError) clearMessages()
        else if (inOtherField) focusSearch()
        else if (cart.lines.length > 0) setCancelOpen(true)
        else focusSearch()
      },
    },
  })

  // Handlers with a fixed identity for the memoised parts (toolbar, cart, dialogs): a scan or a
  // key then re-renders only what shows the cart and the payment, not every closed dialog.
  const stable = {
    toggleTiles: useStableCallback(() => setTilesOpen((open) => !open)),
    removeLine: useStableCallback((productId: string) => void remove(productId)),
    lineDiscount: useStableCallback(() => adjusting.openLineDiscount()),
    cartDiscount: useStableCallback(() => adjusting.openCartDiscount()),
    override: useStableCallback(() => adjusting.openOverride()),
    applyAdjustment: useStableCallback(adjusting.apply),
    closeAdjustment: useStableCallback(() => adjusting.close()),
    openHold: useStableCallback(() => holding.openHold()),
    hold: useStableCallback((label: string) => void holding.hold(label)),
    closeHold: useStableCallback(() => holding.closeHold()),
    openHeld: useStableCallback(() => holding.openHeld()),
    resume: useStableCallback((id: string) => void holding.resume(id)),
    closeHeld: useStableCallback(() => holding.closeHeld()),
    qrisReference: useStableCallback((reference: string) => {
      if (qrisTender) payment.updateRow(qrisTender.key, { reference })
    }),
    closeQris: useStableCallback(() => {
      setQrisRow(null)
      focusSearchAfterDialog()
    }),
    newSale: useStableCallback(() => closeReceipt()),
    receiptClosed: useStableCallback(() => setSale(null)),
    confirmCancel: useStableCallback(() => void abandon()),
    closeCancel: useStableCallback(() => {
      setCancelOpen(false)
      focusSearchAfterDialog()
    }),
  }

  const ready = Boolean(settings.data && methods.data && till.restored)
  useEffect(() => {
    // A dialog already up (the first-start offer) keeps the focus it took.
    if (ready && !document.querySelector('[role="dialog"][aria-modal="true"]')) focusSearch()
  }, [ready, focusSearch])

  if (settings.error || methods.error) {
    return (
      <Alert role="alert" color="red" title={t('title')}>
        {t('loadFailed', { message: (settings.error ?? methods.error)?.message })}
      </Alert>
    )
  }
  if (!ready || !settings.data) {
    return (
      <Center h={screenHeight}>
        <Loader role="status" aria-label={t('loading')} />
      </Center>
    )
  }

  return (
    <Box
      h={screenHeight}
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 1fr) minmax(340px, 400px)',
        // One row exactly as tall as the screen: without it the row grows with the payment
        // panel's content and Pay slides below the fold.
        gridTemplateRows: 'minmax(0, 1fr)',
        gap: 'var(--mantine-spacing-md)',
      }}
    >
      <Stack gap="sm" style={{ minHeight: 0, minWidth: 0 }}>
        <TillHeader locationName={settings.data.locationName} />
        <ProductSearch
          inputRef={searchRef}
          lookup={lookup}
          onPick={addProduct}
          onQtyPrefix={setPendingQty}
          clearSignal={clearSearch}
          onMessage={searchMessage}
        />
        {needsShift && cart.lines.length > 0 && <ShiftNeededNotice />}
        {message && <TillMessage message={message} onClose={() => setMessage(null)} />}
        {till.saveError && (
          <TillMessage message={t('cart.saveFailed', { message: till.saveError })} />
        )}
        {totals.error && (
          <TillMessage
            message={
              totals.error === 'DISCOUNT_TOO_LARGE'
                ? errorMessage('DISCOUNT_TOO_LARGE', locale, {})
                : t('payment.amountTooLarge')
            }
          />
        )}
        <TillToolbar
          hasSelectedLine={line !== null}
          hasLines={cart.lines.length > 0}
          heldCount={holding.carts.length}
          tilesOpen={tilesOpen}
          onLineDiscount={stable.lineDiscount}
          onCartDiscount={stable.cartDiscount}
          onOverride={stable.override}
          onHold={stable.openHold}
          onShowHeld={stable.openHeld}
          onToggleTiles={stable.toggleTiles}
        />
        {tilesOpen && <TileGrid onPick={pickTile} />}
        <Paper withBorder radius="md" style={{ flex: 1, minHeight: 0, overflow: 'hidden' }}>
          <CartTable
            cart={cart}
            lineTotals={totals.lineTotals}
            lineDiscounts={totals.lineDiscountAmounts}
            onSelect={till.select}
            onQty={till.setQty}
            onRemove={stable.removeLine}
            onQtyDone={focusSearch}
          />
        </Paper>
        <ReservationWarning lines={cart.lines} locationId={settings.data?.locationId} />
        <ShortcutLegend />
      </Stack>

      <PaymentPanel
        totals={totals}
        cash={payment.cash}
        onCash={payment.setCash}
        cashRef={cashRef}
        cashError={payment.cashError}
        payError={payment.payError}
        paying={payment.paying}
        onPay={pay}
        rows={payment.rows}
        rowErrors={payment.rowErrors}
        noncashMethods={noncashMethods}
        onRowChange={payment.updateRow}
        onRowRemove={payment.removeRow}
        onShowQr={setQrisRow}
        onAddQris={addQris}
        onAddOther={addOther}
      />

      <AdjustDialog
        target={adjusting.target}
        onApply={stable.applyAdjustment}
        onClose={stable.closeAdjustment}
      />
      <HoldDialog
        opened={holding.holdOpen}
        defaultLabel={holding.nextLabel}
        busy={holding.busy}
        error={holding.error}
        onHold={stable.hold}
        onClose={stable.closeHold}
      />
      <HeldCartsDialog
        opened={holding.heldOpen}
        held={holding.carts}
        busy={holding.busy}
        error={holding.error}
        onResume={stable.resume}
        onClose={stable.closeHeld}
      />
      <QrisDialog
        opened={qrisTender !== null}
        qrisStatic={settings.data.qrisStatic}
        merchantName={settings.data.qrisMerchantName}
        amount={qrisTender ? (parseRupiah(qrisTender.amount) ?? 0) : 0}
        reference={qrisTender?.reference ?? ''}
        onReference={stable.qrisReference}
        onClose={stable.closeQris}
      />
      {payment.approvalDialog}
      {lineApproval.dialog}

      <ReceiptDialog
        opened={receiptOpen}
        sale={sale}
        onNewSale={stable.newSale}
        onClosed={stable.receiptClosed}
      />
      <CancelSaleDialog
        opened={cancelOpen}
        busy={cancelling}
        onConfirm={stable.confirmCancel}
        onClose={stable.closeCancel}
      />
    </Box>
  )
}
