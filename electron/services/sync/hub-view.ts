import type {
  HubHasilKerjaDto,
  HubPnbpDto,
  HubSalesDto,
  HubSalesRowDto,
  HubStockDto,
} from '../../../shared/contracts/hubview'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { readDeviceCode } from '../core/device-code'
import { AppError, fieldError } from '../core/errors'
import {
  listDeposits,
  loadRules,
  shapeHasilKerja,
  shapePnbpYear,
  tillMonthParts,
  workshopSlices,
} from '../reports/hasil-kerja-report'
import { monthRange, periodBounds } from '../reports/report-period'
import { flowDb } from './flow-tables'
import {
  otherTillsDeposits,
  otherTillsMonthParts,
  otherTillsSlices,
  otherTillsTargets,
} from './hub-reports'

// Laporan and Stok across tills: this till's own ledgers plus what the last sync brought down
// from the hub (other tills' sales at shared locations, every location's levels). Read-only,
// and as of the last sync, which the screens show beside the figures.

export function createHubView(db: Kysely<Database>, deviceId: string) {
  const flow = flowDb(db)
  const link = () =>
    flow.selectFrom('hub_link').select(['last_sync_at', 'levels_at']).executeTakeFirst()

  /** Sales per till and location in the period: own sales live, others' as last synced. */
  async function sales(input: { from: string; to: string }): Promise<HubSalesDto> {
    const current = await link()
    const { start, end } = periodBounds(input.from, input.to)
    const { rows } = await sql<{
      device_id: string
      location_id: string | null
      sales: number
      total: number
      voided: number
    }>`
      WITH own AS (
        SELECT s.device_id, s.location_id, s.total,
               EXISTS (SELECT 1 FROM sale_voids v WHERE v.sale_id = s.id) AS voided
        FROM sales s WHERE s.created_at >= ${start} AND s.created_at < ${end}
      ),
      others AS (
        SELECT h.device_id, h.location_id, json_extract(h.data, '$.total') AS total,
               EXISTS (SELECT 1 FROM hub_rows v WHERE v.table_name = 'sale_voids'
                         AND v.device_id = h.device_id
                         AND json_extract(v.data, '$.sale_id') = h.row_id) AS voided
        FROM hub_rows h
        WHERE h.table_name = 'sales' AND json_extract(h.data, '$.created_at') >= ${start}
          AND json_extract(h.data, '$.created_at') < ${end}
      ),
      every AS (SELECT * FROM own UNION ALL SELECT * FROM others)
      SELECT device_id, location_id,
             sum(CASE WHEN voided THEN 0 ELSE 1 END) AS sales,
             coalesce(sum(CASE WHEN voided THEN 0 ELSE total END), 0) AS total,
             sum(CASE WHEN voided THEN 1 ELSE 0 END) AS voided
      FROM every GROUP BY device_id, location_id ORDER BY device_id, location_id`.execute(db)
    const codes = new Map(
      (await flow.selectFrom('hub_tills').selectAll().execute()).map((t) => [t.device_id, t.code]),
    )
    const names = new Map(
      (await db.selectFrom('locations').select(['id', 'name']).execute()).map((l) => [
        l.id,
        l.name,
      ]),
    )
    const ownCode = await readDeviceCode(db).catch(() => null)
    const result: HubSalesRowDto[] = rows.map((row) => ({
      deviceId: row.device_id,
      tillCode: codes.get(row.device_id) ?? (row.device_id === deviceId ? ownCode : null),
      own: row.device_id === deviceId,
      locationId: row.location_id,
      locationName: row.location_id ? (names.get(row.location_id) ?? null) : null,
      sales: Number(row.sales),
      total: Number(row.total),
      voided: Number(row.voided),
    }))
    return {
      joined: current !== undefined,
      asOf: current?.last_sync_at ?? null,
      rows: result,
      sales: result.reduce((sum, row) => sum + row.sales, 0),
      total: result.reduce((sum, row) => sum + row.total, 0),
    }
  }

  /** Every location's levels as the hub knew them at the last sync. */
  async function stock(): Promise<HubStockDto> {
    const current = await link()
    const levels = await flow
      .selectFrom('hub_stock_levels as h')
      .leftJoin('locations as l', 'l.id', 'h.location_id')
      .leftJoin('products as p', 'p.id', 'h.product_id')
      .select([
        'h.location_id as locationId',
        'l.name as locationName',
        'h.product_id as productId',
        'p.name as productName',
        'p.sku as sku',
        'h.on_hand as onHand',
      ])
      .orderBy('l.name')
      .orderBy('p.name')
      .execute()
    return { joined: current !== undefined, asOf: current?.levels_at ?? null, levels }
  }

  /** The hub scope is for a joined till only: a till alone has its own report for this. */
  async function joined() {
    const current = await link()
    if (!current) throw new AppError('HUB_NOT_JOINED')
    return current
  }

  /**
   * A month's hasil kerja for every till: this till's own part (its rollups, live) and the
   * other tills' (hub_rows, as of the last sync), split together by this till's rules.
   */
  async function hasilKerja(
    input: { month: string; locationId: string | null },
    seesCost: boolean,
    today: string,
  ): Promise<HubHasilKerjaDto> {
    const current = await joined()
    let locationName: string | null = null
    let locationKey: string | null = null
    if (input.locationId) {
      const location = await db
        .selectFrom('locations')
        .select(['name', 'shared_id', 'id'])
        .where('id', '=', input.locationId)
        .executeTakeFirst()
      if (!location) throw fieldError('locationId', 'INVALID_VALUE')
      locationName = location.name
      // The hub files other tills' rows under the location's shared id.
      locationKey = location.shared_id ?? location.id
    }
    const parts = await Promise.all([
      tillMonthParts(db, input.month, input.locationId),
      otherTillsMonthParts(db, input.month, locationKey),
    ])
    const report = await shapeHasilKerja(db, input.month, parts, seesCost, today)
    return { ...report, locationName, asOf: current.last_sync_at }
  }

  /** PNBP year to date for every till: due on all their sales, deposited in all registers. */
  async function pnbp(month: string): Promise<HubPnbpDto> {
    const current = await joined()
    const year = Number(month.slice(0, 4))
    const from = `${year}-01-01`
    const to = monthRange(month).to
    const [own, others, ownDeposits, otherDeposits, ownTargets, otherTargets, rules] =
      await Promise.all([
        workshopSlices(db, from, to, null),
        otherTillsSlices(db, from, to, null),
        listDeposits(db, year),
        otherTillsDeposits(db, year),
        db
          .selectFrom('pnbp_targets')
          .select(['id', 'amount', 'created_at as createdAt'])
          .where('year', '=', year)
          .execute(),
        otherTillsTargets(db, year),
        loadRules(db),
      ])
    // The newest target set on any till is the year's target, as on one till.
    const target = [...ownTargets, ...otherTargets].sort(
      (a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id),
    )[0]
    const deposits = [...ownDeposits, ...otherDeposits].sort((a, b) => a.date.localeCompare(b.date))
    return {
      ...shapePnbpYear(month, [...own, ...others], rules, deposits, target?.amount ?? null),
      asOf: current.last_sync_at,
    }
  }

  return { sales, stock, hasilKerja, pnbp }
}

export type HubView = ReturnType<typeof createHubView>
