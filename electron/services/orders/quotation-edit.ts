import type { ParsedInputOf } from '../../../shared/contract'
import { formatRupiah } from '../../../shared/money'
import type { OrderDto } from '../../../shared/orders/orders-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, Authorize, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { lockedOrder, requireStatus } from './order-common'
import { loadOrder } from './order-read'

type LineInput = ParsedInputOf<'orders:editLines'>['lines'][number]

/**
 * A quotation is the draft of an order: until it is confirmed its lines may be added,
 * removed or changed (quantity, agreed price, HS code, weight, due date). The new list
 * replaces the old one in one transaction, each change is audited with what it was and
 * what it became, and an agreed price other than the counter price that is new or changed
 * asks orders.price, as when the quotation was made. From confirmation on, the lines are
 * fixed (the 0023 triggers refuse it in the database too).
 */
export function createQuotationEditing(ctx: ServiceContext) {
  const { db } = ctx

  async function editLines(
    actor: Actor,
    input: ParsedInputOf<'orders:editLines'>,
    authorize: Authorize,
  ): Promise<OrderDto> {
    await db.transaction().execute(async (trx) => {
      const order = await lockedOrder(trx, input.id)
      requireStatus(order, ['quotation'])
      const old = await trx
        .selectFrom('order_lines')
        .selectAll()
        .where('order_id', '=', order.id)
        .execute()
      const oldByProduct = new Map(old.map((l) => [l.product_id, l]))
      const products = await trx
        .selectFrom('products')
        .select(['id', 'name', 'price', 'active'])
        .where(
          'id',
          'in',
          input.lines.map((l) => l.productId),
        )
        .execute()
      const byId = new Map(products.map((p) => [p.id, p]))
      const priced = input.lines.map((line: LineInput, index) => {
        const product = byId.get(line.productId)
        if (!product) throw fieldError(`lines.${index}.productId`, 'INVALID_VALUE')
        const before = oldByProduct.get(line.productId)
        if (!before && product.active !== 1) {
          throw new AppError('INACTIVE_PRODUCT', { name: product.name })
        }
        // A line kept as it was keeps its list price; a new line takes today's counter price.
        const listPrice = before?.list_price ?? product.price
        const unitPrice = line.unitPrice ?? before?.unit_price ?? listPrice
        const agreed = unitPrice !== listPrice
        if (agreed && unitPrice !== before?.unit_price) {
          authorize('orders.price')
        }
        const priceReason = agreed ? (line.priceReason ?? before?.price_reason ?? null) : null
        if (agreed && !priceReason) {
          throw fieldError(`lines.${index}.priceReason`, 'REASON_REQUIRED')
        }
        return { line, product, before, listPrice, unitPrice, priceReason }
      })
      const total = priced.reduce((sum, l) => sum + l.line.qty * l.unitPrice, 0)
      if (total > 999_999_999_999) {
        throw fieldError('lines', 'TOO_BIG', { max: formatRupiah(999_999_999_999) })
      }

      const audit = (action: string, detail: Record<string, unknown>, reason?: string | null) =>
        recordAudit(trx, ctx, actor, {
          action,
          reason: reason ?? null,
          refType: 'order',
          refId: order.id,
          detail: { orderNo: order.order_no, ...detail },
        })
      const kept = new Set(priced.map((p) => p.product.id))
      for (const line of old.filter((l) => !kept.has(l.product_id))) {
        await trx.deleteFrom('order_lines').where('id', '=', line.id).execute()
        await audit('order.lineRemove', { productId: line.product_id, qty: line.qty })
      }
      let nextLineNo = Math.max(0, ...old.map((l) => l.line_no))
      for (const p of priced) {
        const values = {
          qty: p.line.qty,
          unit_price: p.unitPrice,
          price_reason: p.priceReason,
          hs_code: p.line.hsCode !== undefined ? p.line.hsCode : (p.before?.hs_code ?? null),
          net_weight_g:
            p.line.netWeightG !== undefined ? p.line.netWeightG : (p.before?.net_weight_g ?? null),
          due_date: p.line.dueDate !== undefined ? p.line.dueDate : (p.before?.due_date ?? null),
        }
        if (!p.before) {
          nextLineNo += 1
          await trx
            .insertInto('order_lines')
            .values({
              id: ctx.ids.next(),
              order_id: order.id,
              line_no: nextLineNo,
              product_id: p.product.id,
              list_price: p.listPrice,
              ...values,
            })
            .execute()
          await audit(
            'order.lineAdd',
            { product: p.product.name, qty: p.line.qty, unitPrice: p.unitPrice },
            p.priceReason,
          )
          continue
        }
        const b = p.before
        const changed =
          b.qty !== values.qty ||
          b.unit_price !== values.unit_price ||
          b.price_reason !== values.price_reason ||
          b.hs_code !== values.hs_code ||
          b.net_weight_g !== values.net_weight_g ||
          b.due_date !== values.due_date
        if (!changed) continue
        await trx.updateTable('order_lines').set(values).where('id', '=', b.id).execute()
        await audit(
          'order.lineChange',
          {
            product: p.product.name,
            from: { qty: b.qty, unitPrice: b.unit_price, dueDate: b.due_date },
            to: { qty: values.qty, unitPrice: values.unit_price, dueDate: values.due_date },
          },
          b.unit_price !== values.unit_price ? p.priceReason : null,
        )
      }
      if (total !== order.total) {
        await trx.updateTable('orders').set({ total }).where('id', '=', order.id).execute()
      }
    })
    return loadOrder(db, input.id, ctx.clock.now())
  }

  return { editLines }
}
