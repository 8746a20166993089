import type BetterSqlite3 from 'better-sqlite3'

/**
 * The catalogue reads with bare prepared statements, prepared once: the same columns, joins
 * and on-hand subquery as the catalog service, and nothing else (no validation, no router,
 * no query building, no row mapping). This is the floor the app path is measured against.
 */
const productColumns = `
  select p.id, p.sku, p.barcode, p.name, p.category_id as categoryId, c.name as categoryName,
         p.unit, p.price, p.cost, p.workshop_id as workshopId, w.name as workshopName, p.active,
         (select coalesce(sum(s.on_hand), 0) from stock_levels s where s.product_id = p.id)
           as onHand
  from products p
  left join categories c on c.id = p.category_id
  left join workshops w on w.id = p.workshop_id`

export function createCatalogFloor(raw: BetterSqlite3.Database) {
  const byBarcode = raw.prepare(`${productColumns} where p.barcode = ?`)
  const trigram = raw.prepare(
    `${productColumns}
     where p.active = 1
       and p.rowid in (select rowid from products_fts where products_fts match ?)
     order by p.name, p.sku limit ?`,
  )
  const prefix = raw.prepare(
    `${productColumns}
     where p.active = 1
       and (p.name like ? escape '\\' or p.sku like ? escape '\\' or p.barcode = ?)
     order by p.name, p.sku limit ?`,
  )

  return {
    byBarcode(barcode: string) {
      const row = byBarcode.get(barcode)
      if (!row) throw new Error(`floor: no product with barcode ${barcode}`)
      return row
    },
    search(query: string, limit: number) {
      if (query.length >= 3) return trigram.all(`"${query.replace(/"/g, '""')}"`, limit)
      const like = `${query.replace(/[%_\\]/g, (m) => `\\${m}`)}%`
      return prefix.all(like, like, query, limit)
    },
  }
}
