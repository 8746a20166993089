import { z } from 'zod'
import type { FilePayload } from '../documents/file-payload'
import type { IntegrityReport } from '../app/app-dto'
import type { AuditFilterOptionsDto, AuditRowDto } from '../audit/audit-dto'
import { historyEntities, type MasterHistoryRowDto } from '../audit/master-history-dto'
import { emptyInput, id, shortText } from '../schemas'
import { channel } from './common'

/** A calendar day in the showroom's zone (WIB), `YYYY-MM-DD`. */
const day = z.iso.date()

/** What the audit viewer filters by; `audit:list`, `audit:count` and `audit:export` share it. */
export const auditFilterSchema = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  userId: id.optional(),
  /** An action code (`sale.void`) or a prefix of one (`sale.`). */
  action: shortText(60).optional(),
  /** Words anywhere in who, why, the target or the detail. */
  query: shortText(100).optional(),
})

export const auditListInput = auditFilterSchema.extend({
  limit: z.number().int().min(1).max(5000).default(500),
  offset: z.number().int().min(0).max(10_000_000).default(0),
})

/** Which master-data changes to list: one kind, one record, a range of days. */
export const masterHistoryInput = z.strictObject({
  entity: z.enum(historyEntities).optional(),
  entityId: shortText(80).optional(),
  from: day.optional(),
  to: day.optional(),
  limit: z.number().int().min(1).max(2000).default(200),
})

/** Audit viewer channels: the log, its chain check, filters, export and master-data history. */
export const auditContract = {
  'audit:list': channel<AuditRowDto[]>()(auditListInput),
  'audit:verify': channel<IntegrityReport>()(emptyInput),
  /** How many entries match the filters (for the pager). */
  'audit:count': channel<number>()(auditFilterSchema),
  /** The people and action codes the filters offer. */
  'audit:filterOptions': channel<AuditFilterOptionsDto>()(emptyInput),
  /** Every entry matching the filters as CSV for Excel (UTF-8 with BOM, `;`-separated). */
  'audit:export': channel<FilePayload>()(auditFilterSchema),
  /** Who changed which price, person, permission, payment method or setting, newest first. */
  'audit:history': channel<MasterHistoryRowDto[]>()(masterHistoryInput),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
