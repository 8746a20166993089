import type { Migration } from 'kysely/migration'
import * as m0001 from './0001_foundation'
import * as m0002 from './0002_till'
import * as m0003 from './0003_printing'
import * as m0004 from './0004_stock'
import * as m0005 from './0005_opname'
import * as m0006 from './0006_backups'
import * as m0007 from './0007_reports'
import * as m0008 from './0008_report_rollups'
import * as m0009 from './0009_report_product_months'
import * as m0010 from './0010_pnbp_cancellations'
import * as m0011 from './0011_stock_screen'
import * as m0012 from './0012_approval_grants'
import * as m0013 from './0013_product_search'
import * as m0014 from './0014_evidence'
import * as m0015 from './0015_first_run'
import * as m0016 from './0016_master_history'
import * as m0017 from './0017_hub_sync'
import * as m0018 from './0018_orders'
import * as m0019 from './0019_consignment'
import * as m0020 from './0020_record_versions'
import * as m0021 from './0021_shared_ids'
import * as m0022 from './0022_hub_flow'
import * as m0023 from './0023_order_shipments'
import * as m0024 from './0024_consignment_money'
import * as m0025 from './0025_hub_split_rules'
import * as m0026 from './0026_hub_decisions'

/**
 * Static, ordered list: bundlers cannot see a folder scan, and order must never depend on
 * the file system. A test proves this list matches the files in this folder.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_till': m0002,
  '0003_printing': m0003,
  '0004_stock': m0004,
  '0005_opname': m0005,
  '0006_backups': m0006,
  '0007_reports': m0007,
  '0008_report_rollups': m0008,
  '0009_report_product_months': m0009,
  '0010_pnbp_cancellations': m0010,
  '0011_stock_screen': m0011,
  '0012_approval_grants': m0012,
  '0013_product_search': m0013,
  '0014_evidence': m0014,
  '0015_first_run': m0015,
  '0016_master_history': m0016,
  '0017_hub_sync': m0017,
  '0018_orders': m0018,
  '0019_consignment': m0019,
  '0020_record_versions': m0020,
  '0021_shared_ids': m0021,
  '0022_hub_flow': m0022,
  '0023_order_shipments': m0023,
  '0024_consignment_money': m0024,
  '0025_hub_split_rules': m0025,
  '0026_hub_decisions': m0026,
}
