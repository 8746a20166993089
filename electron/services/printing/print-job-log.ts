import type { ErrorCode } from '../../../shared/error-codes'
import type { PrinterTransport } from '../../../shared/printing/printer-settings'
import type { ServiceContext } from '../core/context'

export interface PrintJobEntry {
  kind: 'receipt' | 'test'
  saleId: string | null
  copyNo: number | null
  copies: number
  transport: Exclude<PrinterTransport, 'none'>
  target: string
  errorCode: ErrorCode | null
  bytes: number
  userId: string
}

/** The append-only print log (table print_jobs). */
export function createPrintJobLog(ctx: ServiceContext) {
  async function record(entry: PrintJobEntry): Promise<void> {
    // The log serves support; failing to write it must not turn a printed receipt into an
    // error the cashier would "retry" into a duplicate. Storage trouble surfaces elsewhere.
    try {
      await ctx.db
        .insertInto('print_jobs')
        .values({
          id: ctx.ids.next(),
          kind: entry.kind,
          sale_id: entry.saleId,
          copy_no: entry.copyNo,
          copies: entry.copies,
          transport: entry.transport,
          target: entry.target.slice(0, 300),
          ok: entry.errorCode === null ? 1 : 0,
          error_code: entry.errorCode,
          bytes: entry.bytes,
          user_id: entry.userId,
          device_id: ctx.deviceId,
          created_at: ctx.clock.now(),
        })
        .execute()
    } catch {
      // See above: deliberately swallowed.
    }
  }

  /** True once this receipt (original = copy 0, or the N-th recorded copy) has printed. */
  async function printed(saleId: string, copyNo: number): Promise<boolean> {
    const row = await ctx.db
      .selectFrom('print_jobs')
      .select('id')
      .where('sale_id', '=', saleId)
      .where('copy_no', '=', copyNo)
      .where('ok', '=', 1)
      .executeTakeFirst()
    return row !== undefined
  }

  return { record, printed }
}

export type PrintJobLog = ReturnType<typeof createPrintJobLog>
