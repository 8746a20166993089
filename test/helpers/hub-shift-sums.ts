import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { HubDatabase } from '../../electron/hub/hub-types'
import type { ShiftTotals } from '../../shared/shifts/shifts-dto'

/**
 * What a Z report would say, summed by PostgreSQL from the ledger rows the hub holds for one
 * device (as the hub's admin): the figures of electron/services/shifts/shifts.service.ts's
 * shiftTotals, each from the hub's own rows, for the device's one shift. Throws unless the hub
 * holds exactly one shift and one close for the device, so a device's sums are its Z's.
 */
export async function hubShiftSums(
  hub: Kysely<HubDatabase>,
  deviceId: string,
): Promise<{ totals: ShiftTotals; zNo: number; storedTotals: ShiftTotals }> {
  const one = async <T>(query: RawBuilder<T>) => {
    const { rows } = await query.execute(hub)
    return rows[0]!
  }
  const int = (value: string | number | null) => Number(value ?? 0)
  const shifts = (
    await sql<{ id: string; opening_float: string; created_at: string }>`
      SELECT row_id AS id, data->>'opening_float' AS opening_float, data->>'created_at' AS created_at
      FROM ledger_rows WHERE device_id = ${deviceId} AND table_name = 'shifts'`.execute(hub)
  ).rows
  const closes = (
    await sql<{ z_no: string; totals: string; created_at: string }>`
      SELECT data->>'z_no' AS z_no, data->>'totals' AS totals, data->>'created_at' AS created_at
      FROM ledger_rows WHERE device_id = ${deviceId} AND table_name = 'shift_closes'`.execute(hub)
  ).rows
  if (shifts.length !== 1 || closes.length !== 1) {
    throw new Error(`hub holds ${shifts.length} shifts, ${closes.length} closes for ${deviceId}`)
  }
  const shift = shifts[0]!
  const close = closes[0]!
  const sales = await one(sql<{
    n: string
    subtotal: string
    cart_discount: string
    rounding: string
    total: string
  }>`
    SELECT count(*) AS n,
           coalesce(sum((data->>'subtotal')::bigint), 0) AS subtotal,
           coalesce(sum((data->>'cart_discount')::bigint), 0) AS cart_discount,
           coalesce(sum((data->>'rounding')::bigint), 0) AS rounding,
           coalesce(sum((data->>'total')::bigint), 0) AS total
    FROM ledger_rows WHERE device_id = ${deviceId} AND table_name = 'sales'`)
  const lines = await one(sql<{ line_discount: string }>`
    SELECT coalesce(sum((data->>'line_discount')::bigint), 0) AS line_discount
    FROM ledger_rows WHERE device_id = ${deviceId} AND table_name = 'sale_lines'`)
  const voids = await one(sql<{ n: string; amount: string }>`
    SELECT count(*) AS n, coalesce(sum((s.data->>'total')::bigint), 0) AS amount
    FROM ledger_rows s
    WHERE s.device_id = ${deviceId} AND s.table_name = 'sales'
      AND EXISTS (SELECT 1 FROM ledger_rows v
                  WHERE v.device_id = s.device_id AND v.table_name = 'sale_voids'
                    AND v.data->>'sale_id' = s.row_id)`)
  const payments = (
    await sql<{ method_name: string; kind: 'cash' | 'noncash'; amount: string }>`
      SELECT method_name, kind, amount FROM (
        SELECT data->>'method_name' AS method_name, data->>'kind' AS kind,
               sum((data->>'amount')::bigint) AS amount
        FROM ledger_rows WHERE device_id = ${deviceId} AND table_name = 'payments'
        GROUP BY 1, 2) AS p
      ORDER BY method_name COLLATE "C", kind`.execute(hub)
  ).rows
  const refunds = await one(sql<{ n: string; amount: string; cash: string }>`
    SELECT count(DISTINCT data->>'return_id') AS n,
           coalesce(sum((data->>'amount')::bigint) FILTER (WHERE data->>'return_id' IS NOT NULL), 0)
             AS amount,
           coalesce(sum((data->>'amount')::bigint) FILTER (WHERE data->>'kind' = 'cash'), 0) AS cash
    FROM ledger_rows WHERE device_id = ${deviceId} AND table_name = 'refunds'`)
  const moves = await one(sql<{ cash_in: string; cash_out: string }>`
    SELECT coalesce(sum((data->>'amount')::bigint) FILTER (WHERE data->>'kind' = 'in'), 0) AS cash_in,
           coalesce(sum((data->>'amount')::bigint) FILTER (WHERE data->>'kind' = 'out'), 0) AS cash_out
    FROM ledger_rows WHERE device_id = ${deviceId} AND table_name = 'shift_cash_moves'`)
  const audit = await one(sql<{ removed: string; drawer: string }>`
    SELECT count(*) FILTER (WHERE data->>'action' = 'cart.removeLine') AS removed,
           count(*) FILTER (WHERE data->>'action' = 'drawer.open') AS drawer
    FROM ledger_rows WHERE device_id = ${deviceId} AND table_name = 'audit_log'
      AND (data->>'created_at')::bigint BETWEEN ${int(shift.created_at)} AND ${int(close.created_at)}`)

  const cashSales = payments
    .filter((p) => p.kind === 'cash')
    .reduce((sum, p) => sum + int(p.amount), 0)
  const openingFloat = int(shift.opening_float)
  const cashIn = int(moves.cash_in)
  const cashOut = int(moves.cash_out)
  const lineDiscounts = int(lines.line_discount)
  return {
    zNo: int(close.z_no),
    storedTotals: JSON.parse(close.totals) as ShiftTotals,
    totals: {
      salesCount: int(sales.n),
      grossSales: int(sales.subtotal) + lineDiscounts,
      discounts: int(sales.cart_discount) + lineDiscounts,
      rounding: int(sales.rounding),
      netSales: int(sales.total),
      byMethod: payments.map((p) => ({
        methodName: p.method_name,
        kind: p.kind,
        amount: int(p.amount),
      })),
      voids: { count: int(voids.n), amount: int(voids.amount) },
      refunds: { count: int(refunds.n), amount: int(refunds.amount), cash: int(refunds.cash) },
      removedLines: int(audit.removed),
      drawerOpens: int(audit.drawer),
      cashIn,
      cashOut,
      openingFloat,
      cashSales,
      expectedCash: openingFloat + cashSales - int(refunds.cash) + cashIn - cashOut,
    },
  }
}
