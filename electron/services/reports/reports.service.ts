import type { ParsedInputOf } from '../../../shared/contract'
import type { FilePayload } from '../../../shared/documents/file-payload'
import type { Locale } from '../../../shared/locale'
import type {
  CountVariancesDto,
  HasilKerjaDto,
  PnbpDepositDto,
  PnbpYearDto,
  SalesReportDto,
  SplitRuleDto,
  StockValuationDto,
} from '../../../shared/reports/reports-dto'
import { ruleFor } from '../../../shared/reports/split'
import type { Option } from '../../../shared/catalogue/catalogue-dto'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import type { SettingsService } from '../settings/settings.service'
import { listDeposits, loadRules } from './hasil-kerja-report'
import { businessDate } from './report-period'
import {
  countVariancesExport,
  hasilKerjaExport,
  salesExport,
  stockValuationExport,
  type ExportContext,
} from './report-exports'
import { recordWithAudit } from './record-with-audit'
import { splitRuleHubStatuses } from './split-rule-hub-status'
import { reportQueriesOver, type ReportQueries } from './report-queries'
import type { PeriodQuery } from './sales-report'

const seesCost = (actor: Actor) => actor.permissions.has('cost.view')

/**
 * Laporan. Every figure is aggregated in SQL from the ledgers (sales, lines, payments,
 * returns, refunds, movements) over covering indexes; the split rules, PNBP deposits and
 * targets are append-only registers, each change also written to the audit trail. The heavy
 * aggregations go through `queries`: a worker thread in the apps (see reports-worker.ts), the
 * main connection in tests.
 */
export function createReportsService(
  ctx: ServiceContext,
  settings: SettingsService,
  queries: ReportQueries = reportQueriesOver(ctx.db),
) {
  const { db } = ctx

  async function locationName(locationId: string | null): Promise<string | null> {
    if (!locationId) return null
    const row = await db
      .selectFrom('locations')
      .select('name')
      .where('id', '=', locationId)
      .executeTakeFirst()
    if (!row) throw fieldError('locationId', 'INVALID_VALUE')
    return row.name
  }

  async function sales(
    actor: Actor,
    query: PeriodQuery,
    productLimit: number | null = 300,
  ): Promise<SalesReportDto> {
    const name = await locationName(query.locationId)
    return {
      ...(await queries.sales(query, seesCost(actor), productLimit)),
      locationName: name,
    }
  }

  async function valuation(actor: Actor, locationId: string | null): Promise<StockValuationDto> {
    const name = await locationName(locationId)
    return { ...(await queries.valuation(locationId)), locationName: name }
  }

  async function variances(query: PeriodQuery): Promise<CountVariancesDto> {
    const name = await locationName(query.locationId)
    return { ...(await queries.variances(query)), locationName: name }
  }

  async function hasilKerja(
    actor: Actor,
    input: { month: string; locationId: string | null },
  ): Promise<HasilKerjaDto> {
    const name = await locationName(input.locationId)
    const today = businessDate(ctx.clock.now())
    return {
      ...(await queries.hasilKerja(input, seesCost(actor), today)),
      locationName: name,
    }
  }

  async function pnbp(month: string): Promise<PnbpYearDto> {
    return queries.pnbpYear(month)
  }

  async function splitRules(): Promise<{ rules: SplitRuleDto[]; workshops: Option[] }> {
    const rows = await db
      .selectFrom('split_rules as r')
      .innerJoin('users as u', 'u.id', 'r.user_id')
      .leftJoin('workshops as w', 'w.id', 'r.workshop_id')
      .selectAll('r')
      .select(['u.name as created_by', 'w.name as workshop_name'])
      .orderBy('r.valid_from', 'desc')
      .orderBy('r.created_at', 'desc')
      .orderBy('r.id', 'desc')
      .execute()
    const rules = await loadRules(db)
    const hubStatus = await splitRuleHubStatuses(db, ctx.deviceId)
    const today = businessDate(ctx.clock.now())
    const workshops = await db
      .selectFrom('workshops')
      .select(['id', 'name'])
      .where('active', '=', 1)
      .orderBy('name')
      .execute()
    return {
      workshops,
      rules: rows.map((r) => {
        // A version is effective unless a newer one has the same scope and start date.
        const effective = ruleFor(rules, r.workshop_id, r.valid_from)?.id === r.id
        const current =
          r.valid_from <= today &&
          ruleFor(
            rules.filter((x) => x.workshopId === r.workshop_id),
            r.workshop_id,
            today,
          )?.id === r.id
        return {
          id: r.id,
          workshopId: r.workshop_id,
          workshopName: r.workshop_name,
          validFrom: r.valid_from,
          premiBp: r.premi_bp,
          pnbpBp: r.pnbp_bp,
          modalBp: r.modal_bp,
          basis: r.basis,
          note: r.note,
          createdBy: r.created_by,
          createdAt: new Date(r.created_at).toISOString(),
          current,
          effective,
          hub: hubStatus.get(r.id) ?? null,
        }
      }),
    }
  }

  async function addSplitRule(
    actor: Actor,
    input: ParsedInputOf<'reports:addSplitRule'>,
  ): Promise<SplitRuleDto> {
    if (input.workshopId) {
      const workshop = await db
        .selectFrom('workshops')
        .select('id')
        .where('id', '=', input.workshopId)
        .executeTakeFirst()
      if (!workshop) throw fieldError('workshopId', 'INVALID_VALUE')
    }
    const id = await recordWithAudit(
      ctx,
      actor,
      'split_rules',
      {
        workshop_id: input.workshopId,
        valid_from: input.validFrom,
        premi_bp: input.premiBp,
        pnbp_bp: input.pnbpBp,
        modal_bp: input.modalBp,
        basis: input.basis,
        note: input.note ? input.note : null,
      },
      (refId) => ({ action: 'reports.splitRule', refType: 'split_rule', refId, detail: { ...input } }),
    )
    const { rules } = await splitRules()
    const added = rules.find((r) => r.id === id)
    if (!added) throw new Error('rule not stored')
    return added
  }

  async function addDeposit(
    actor: Actor,
    input: ParsedInputOf<'reports:addPnbpDeposit'>,
  ): Promise<PnbpDepositDto> {
    const id = await recordWithAudit(
      ctx,
      actor,
      'pnbp_deposits',
      {
        deposit_date: input.date,
        amount: input.amount,
        billing_code: input.billingCode,
        ntpn: input.ntpn,
        note: input.note ? input.note : null,
      },
      (refId) => ({
        action: 'reports.pnbpDeposit',
        refType: 'pnbp_deposit',
        refId,
        detail: { ...input },
      }),
    )
    const deposits = await listDeposits(db, Number(input.date.slice(0, 4)))
    const added = deposits.find((d) => d.id === id)
    if (!added) throw new Error('deposit not stored')
    return added
  }

  /** A deposit recorded by mistake is cancelled by a second record, never edited. */
  async function cancelDeposit(
    actor: Actor,
    input: ParsedInputOf<'reports:cancelPnbpDeposit'>,
  ): Promise<PnbpDepositDto> {
    const deposit = await db
      .selectFrom('pnbp_deposits as d')
      .leftJoin('pnbp_deposit_cancellations as c', 'c.deposit_id', 'd.id')
      .select(['d.id', 'd.deposit_date', 'd.amount', 'd.billing_code', 'd.ntpn', 'c.id as cancel_id'])
      .where('d.id', '=', input.depositId)
      .executeTakeFirst()
    if (!deposit) throw new AppError('NOT_FOUND')
    if (deposit.cancel_id !== null) throw new AppError('DEPOSIT_ALREADY_CANCELLED')
    await recordWithAudit(
      ctx,
      actor,
      'pnbp_deposit_cancellations',
      { deposit_id: input.depositId, reason: input.reason },
      // The audit names the deposit, not the cancellation record.
      () => ({
        action: 'reports.pnbpDepositCancel',
        refType: 'pnbp_deposit',
        refId: input.depositId,
        detail: {
          reason: input.reason,
          date: deposit.deposit_date,
          amount: deposit.amount,
          billingCode: deposit.billing_code,
          ntpn: deposit.ntpn,
        },
      }),
    )
    const deposits = await listDeposits(db, Number(deposit.deposit_date.slice(0, 4)))
    const cancelled = deposits.find((d) => d.id === input.depositId)
    if (!cancelled) throw new Error('deposit not stored')
    return cancelled
  }

  async function setTarget(actor: Actor, input: { year: number; amount: number }) {
    await recordWithAudit(
      ctx,
      actor,
      'pnbp_targets',
      { year: input.year, amount: input.amount },
      (refId) => ({ action: 'reports.pnbpTarget', refType: 'pnbp_target', refId, detail: { ...input } }),
    )
    return input
  }

  async function exportReport(
    actor: Actor,
    locale: Locale,
    input: ParsedInputOf<'reports:export'>,
  ): Promise<FilePayload> {
    const exportCtx: ExportContext = {
      locale,
      store: {
        name: (await settings.get('store.name')) ?? '',
        address: (await settings.get('store.address')) ?? [],
      },
      printedBy: actor.name,
      now: ctx.clock.now(),
    }
    const stamp = (text: string) => text.replace(/[^0-9A-Za-z-]+/g, '-')
    switch (input.report) {
      case 'sales': {
        const report = await sales(actor, input.period, null)
        const name = `laporan-penjualan-${stamp(input.period.from)}-${stamp(input.period.to)}`
        return queries.render(salesExport(report, exportCtx, name), input.format)
      }
      case 'countVariances': {
        const report = await variances(input.period)
        const name = `selisih-opname-${stamp(input.period.from)}-${stamp(input.period.to)}`
        return queries.render(countVariancesExport(report, exportCtx, name), input.format)
      }
      case 'stockValuation': {
        const report = await valuation(actor, input.locationId)
        const name = `nilai-persediaan-${businessDate(ctx.clock.now())}`
        return queries.render(stockValuationExport(report, exportCtx, name), input.format)
      }
      case 'hasilKerja': {
        const report = await hasilKerja(actor, input)
        const year = await pnbp(input.month)
        const name = `laporan-hasil-kerja-${stamp(input.month)}`
        return queries.render(
          hasilKerjaExport(report, year, exportCtx, name, { name: actor.name }),
          input.format,
        )
      }
    }
  }

  return {
    sales,
    valuation,
    variances,
    hasilKerja,
    pnbp,
    splitRules,
    addSplitRule,
    addDeposit,
    cancelDeposit,
    setTarget,
    exportReport,
  }
}

export type ReportsService = ReturnType<typeof createReportsService>
