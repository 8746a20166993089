import { z } from 'zod'
import type { FilePayload } from '../documents/file-payload'
import type { Option } from '../catalogue/catalogue-dto'
import type {
  CountVariancesDto,
  HasilKerjaDto,
  PnbpDepositDto,
  PnbpYearDto,
  SalesReportDto,
  SplitRuleDto,
  StockValuationDto,
} from '../reports/reports-dto'
import { id, isoDate, requiredMultilineText, requiredText, rupiah, shortText } from '../schemas'
import { channel } from './common'

const month = z.string().regex(/^(20\d\d|21\d\d)-(0[1-9]|1[0-2])$/)
const MAX_PERIOD_DAYS = 731

export const reportPeriodInput = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    /** A location or exhibition; null for all of them. */
    locationId: id.nullable().default(null),
  })
  .superRefine((value, ctx) => {
    const days = (Date.parse(value.to) - Date.parse(value.from)) / 86_400_000
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to before from' })
    if (days > MAX_PERIOD_DAYS) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: MAX_PERIOD_DAYS,
        inclusive: true,
        input: days,
        path: ['to'],
        message: 'period too long',
      })
    }
  })

export const hasilKerjaInput = z.strictObject({
  month,
  locationId: id.nullable().default(null),
})

export const splitRuleInput = z
  .strictObject({
    workshopId: id.nullable(),
    validFrom: isoDate,
    premiBp: z.number().int().min(0).max(10_000),
    pnbpBp: z.number().int().min(0).max(10_000),
    modalBp: z.number().int().min(0).max(10_000),
    basis: z.enum(['net_sales', 'gross_profit']),
    note: shortText(200).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.premiBp + value.pnbpBp + value.modalBp !== 10_000) {
      ctx.addIssue({ code: 'custom', path: ['modalBp'], message: 'shares must sum to 100 %' })
    }
  })

export const pnbpDepositInput = z.strictObject({
  date: isoDate,
  amount: rupiah.refine((n) => n > 0),
  billingCode: requiredText(40).regex(/^[0-9A-Za-z-]+$/),
  ntpn: requiredText(40).regex(/^[0-9A-Za-z-]+$/),
  note: shortText(200).optional(),
})

const exportFormat = z.enum(['xlsx', 'csv', 'pdf'])

export const reportExportInput = z.discriminatedUnion('report', [
  z.strictObject({ report: z.literal('sales'), format: exportFormat, period: reportPeriodInput }),
  z.strictObject({
    report: z.literal('countVariances'),
    format: exportFormat,
    period: reportPeriodInput,
  }),
  z.strictObject({
    report: z.literal('stockValuation'),
    format: exportFormat,
    locationId: id.nullable().default(null),
  }),
  z.strictObject({
    report: z.literal('hasilKerja'),
    format: exportFormat,
    ...hasilKerjaInput.shape,
  }),
])

/** Laporan: sales reports, stock valuation, the hasil kerja split and the PNBP register. */
export const reportsContract = {
  'reports:sales': channel<SalesReportDto>()(reportPeriodInput),
  'reports:stockValuation': channel<StockValuationDto>()(
    z.strictObject({ locationId: id.nullable().default(null) }),
  ),
  'reports:countVariances': channel<CountVariancesDto>()(reportPeriodInput),
  'reports:hasilKerja': channel<HasilKerjaDto>()(hasilKerjaInput),
  /** PNBP due, deposited and the target from January to the end of `month` (all locations). */
  'reports:pnbp': channel<PnbpYearDto>()(z.strictObject({ month })),
  /** Every version of every split rule, newest first, with the workshops to choose from. */
  'reports:splitRules': channel<{ rules: SplitRuleDto[]; workshops: Option[] }>()(
    z.strictObject({}),
  ),
  /** Adds a rule version; earlier versions stay and keep applying to their own dates. */
  'reports:addSplitRule': channel<SplitRuleDto>()(splitRuleInput),
  'reports:addPnbpDeposit': channel<PnbpDepositDto>()(pnbpDepositInput),
  /** Cancels a deposit recorded by mistake, with a reason; the deposit stays, struck out. */
  'reports:cancelPnbpDeposit': channel<PnbpDepositDto>()(
    z.strictObject({ depositId: id, reason: requiredMultilineText(200) }),
  ),
  'reports:setPnbpTarget': channel<{ year: number; amount: number }>()(
    z.strictObject({ year: z.number().int().min(2000).max(2200), amount: rupiah }),
  ),
  /** Any report as XLSX, CSV (UTF-8 BOM, `;`) or an A4 PDF with the store header. */
  'reports:export': channel<FilePayload>()(reportExportInput),
}
