import type { evidenceChannelNames } from '../../../shared/contracts/evidence.names'
import type { EvidenceService } from '../../services/evidence/evidence.service'
import type { PartialHandlerTable } from '../handler-types'

export function evidenceHandlers(
  evidence: EvidenceService,
): PartialHandlerTable<(typeof evidenceChannelNames)[number]> {
  return {
    'evidence:status': {
      permission: 'settings.manage',
      handle: () => evidence.status(),
    },
    'evidence:recoveryCode': {
      permission: 'settings.manage',
      // Writes the audit entry of each showing.
      handle: (input, caller) => evidence.recoveryCode(caller.actor, input.pin),
    },
    'evidence:recoveryPdf': {
      permission: 'settings.manage',
      // Only the code of the key in use; not a showing, so not audited (see the service).
      handle: (input, caller) => evidence.recoveryPdf(caller.actor, input.code, caller.locale),
    },
    'evidence:restoreKey': {
      permission: 'settings.manage',
      // Admins only, with their own PIN, checked in the service; every attempt is audited.
      handle: (input, caller) => evidence.restoreKey(caller.actor, input.code, input.pin),
    },
  }
}
