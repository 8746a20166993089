import { sql } from 'kysely'
import type {
  StatementDto,
  StatementLineDto,
  StatementTotals,
} from '../../../shared/consignment/consignment-dto'
import type { ServiceContext } from '../core/context'
import { owedBy } from './owed'
import type { PartnersService } from './partners.service'

/** Start of a business day (WIB, UTC+7, no daylight saving) as epoch milliseconds. */
const dayStart = (isoDate: string) => Date.parse(`${isoDate}T00:00:00+07:00`)
const DAY_MS = 86_400_000

interface Row {
  productId: string
  sku: string
  name: string
  opening: number
  sent: number
  sold: number
  returned: number
  missing: number
  soldAmount: number
  commission: number
}

/**
 * A partner's statement over a period, per product, read from the ledgers: units from the
 * stock movements at the partner's location (so opening + sent − sold − returned − missing =
 * closing holds by construction), money from the settlements posted in the period.
 */
export function createStatementService(ctx: ServiceContext, partners: PartnersService) {
  const { db } = ctx

  async function statement(input: {
    locationId: string
    from: string
    to: string
  }): Promise<StatementDto> {
    const partner = await partners.get(input.locationId)
    const start = dayStart(input.from)
    const end = dayStart(input.to) + DAY_MS
    const rows = await sql<Row>`
      with m as (
        select product_id,
          sum(case when created_at < ${start} then qty else 0 end) as opening,
          sum(case when created_at >= ${start} and reason = 'transfer_in' then qty else 0 end)
            as sent,
          -sum(case when created_at >= ${start} and reason in ('sale','void','return')
            then qty else 0 end) as sold,
          -sum(case when created_at >= ${start} and reason = 'transfer_out' then qty else 0 end)
            as returned,
          -sum(case when created_at >= ${start} and reason in ('count_adjustment','damaged')
            then qty else 0 end) as missing
        from stock_movements
        where location_id = ${partner.id} and created_at < ${end}
        group by product_id
      ),
      money as (
        select x.product_id,
          sum(coalesce((select sum(sp.qty * sp.unit_price) from consignment_settlement_prices sp
            where sp.settlement_id = x.settlement_id and sp.product_id = x.product_id),
            x.sold * x.unit_price)) as sold_amount,
          sum(x.commission) as commission
        from consignment_settlement_lines x
        join consignment_settlements c on c.id = x.settlement_id
        where c.location_id = ${partner.id} and c.created_at >= ${start} and c.created_at < ${end}
        group by x.product_id
      )
      select p.id as productId, p.sku, p.name, m.opening, m.sent, m.sold, m.returned,
        m.missing, coalesce(money.sold_amount, 0) as soldAmount,
        coalesce(money.commission, 0) as commission
      from m join products p on p.id = m.product_id
      left join money on money.product_id = m.product_id
      where m.opening <> 0 or m.sent <> 0 or m.sold <> 0 or m.returned <> 0 or m.missing <> 0
      order by p.name, p.id
    `.execute(db)
    const lines: StatementLineDto[] = rows.rows.map((r) => {
      const n = {
        opening: Number(r.opening),
        sent: Number(r.sent),
        sold: Number(r.sold),
        returned: Number(r.returned),
        missing: Number(r.missing),
        soldAmount: Number(r.soldAmount),
        commission: Number(r.commission),
      }
      return {
        productId: r.productId,
        sku: r.sku,
        name: r.name,
        ...n,
        closing: n.opening + n.sent - n.sold - n.returned - n.missing,
        amountDue: n.soldAmount - n.commission,
      }
    })
    const keys: Array<keyof StatementTotals> = [
      'opening',
      'sent',
      'sold',
      'returned',
      'missing',
      'closing',
      'soldAmount',
      'commission',
      'amountDue',
    ]
    const totals = Object.fromEntries(
      keys.map((k) => [k, lines.reduce((sum, l) => sum + l[k], 0)]),
    ) as unknown as StatementTotals
    const settlements = await db
      .selectFrom('consignment_settlements')
      .select(['doc_no as docNo', 'created_at as createdAt', 'amount_due as amountDue'])
      .where('location_id', '=', partner.id)
      .where('created_at', '>=', start)
      .where('created_at', '<', end)
      .orderBy('created_at')
      .orderBy('doc_no')
      .execute()
    const payments = await db
      .selectFrom('consignment_payments')
      .select(['doc_no as docNo', 'created_at as createdAt', 'amount', 'method_name as methodName'])
      .where('location_id', '=', partner.id)
      .where('created_at', '>=', start)
      .where('created_at', '<', end)
      .orderBy('created_at')
      .orderBy('doc_no')
      .execute()
    const owedAtEnd = await owedBy(db, partner.id, end)
    return {
      partner,
      from: input.from,
      to: input.to,
      lines,
      totals,
      settlements,
      payments,
      owedAtEnd,
    }
  }

  return { statement }
}

export type StatementService = ReturnType<typeof createStatementService>
