import { z } from 'zod'
import type { FilePayload } from '../documents/file-payload'
import type {
  CountDocumentDto,
  CountEntryResultDto,
  CountOptionsDto,
  CountSessionDto,
  CountSummaryDto,
} from '../opname/opname-dto'
import { emptyInput, id, optionalText, requiredText } from '../schemas'
import { channel } from './common'

/** A person picked from the users, or a free name (a witness from another office). */
const person = z.strictObject({ userId: id.nullable().optional(), name: requiredText(80) })

/** Stock opname channels. Spread into the main contract. */
export const opnameContract = {
  'opname:options': channel<CountOptionsDto>()(emptyInput),
  'opname:list': channel<CountSummaryDto[]>()(
    z.strictObject({
      state: z.enum(['draft', 'counting', 'review', 'posted', 'cancelled']).optional(),
      limit: z.number().int().min(1).max(500).default(100),
    }),
  ),
  'opname:get': channel<CountDocumentDto>()(z.strictObject({ id })),
  'opname:create': channel<CountSummaryDto>()(
    z.strictObject({
      locationId: id,
      scope: z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('all') }),
        z.strictObject({ kind: z.literal('category'), id }),
        z.strictObject({ kind: z.literal('workshop'), id }),
      ]),
      personInCharge: person,
      witness: person,
      headOfShowroom: optionalText(80),
      note: optionalText(200),
    }),
  ),
  /** draft → counting: snapshots the expected quantities; the shop may keep selling. */
  'opname:start': channel<CountDocumentDto>()(z.strictObject({ id })),
  /** A counting session (one counter, one shelf or area); entries are recorded under it. */
  'opname:openSession': channel<CountSessionDto>()(
    z.strictObject({ countId: id, label: requiredText(60) }),
  ),
  /** +1 for the product with this barcode. */
  'opname:scan': channel<CountEntryResultDto>()(
    z.strictObject({ countId: id, sessionId: id, barcode: requiredText(32) }),
  ),
  /** A typed quantity added to the product's count (negative to correct a slip). */
  'opname:count': channel<CountEntryResultDto>()(
    z.strictObject({
      countId: id,
      sessionId: id,
      productId: id,
      qty: z
        .number()
        .int()
        .min(-100_000)
        .max(100_000)
        .refine((n) => n !== 0),
    }),
  ),
  /** Takes back one entry (the last scan); recorded as a new entry, never a deletion. */
  'opname:undo': channel<CountEntryResultDto>()(z.strictObject({ countId: id, entryId: id })),
  'opname:review': channel<CountDocumentDto>()(z.strictObject({ id })),
  'opname:reopen': channel<CountDocumentDto>()(z.strictObject({ id })),
  /** Uncounted items declared absent: they count as zero only after this. */
  'opname:confirmZero': channel<CountDocumentDto>()(
    z.strictObject({
      countId: id,
      productIds: z.union([z.array(id).min(1).max(5000), z.literal('all-uncounted')]),
    }),
  ),
  'opname:setReason': channel<CountDocumentDto>()(
    z.strictObject({ countId: id, productId: id, reason: requiredText(200) }),
  ),
  /** review → posted: count-adjustment movements for every variance, then locked. */
  'opname:post': channel<CountDocumentDto>()(z.strictObject({ id })),
  'opname:cancel': channel<CountSummaryDto>()(z.strictObject({ id, reason: requiredText(200) })),
  /** The signed report (Berita Acara Stock Opname) as an A4 PDF. */
  'opname:beritaAcara': channel<FilePayload>()(z.strictObject({ id })),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
