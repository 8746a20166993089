import { Stack } from '@mantine/core'
import { useState } from 'react'
import type { BackupDto } from '../../../../../shared/data/data-dto'
import { useChannel } from '../../../api/hooks'
import { BackupListCard } from './BackupListCard'
import { BackupSettingsCard } from './BackupSettingsCard'
import { BackupStatusCard } from './BackupStatusCard'
import { EvidenceCard } from './EvidenceCard'
import { ExportCard } from './ExportCard'
import { RestoreDialog } from './RestoreDialog'

export function DataSection() {
  const list = useChannel('data:backups', {})
  const [restoring, setRestoring] = useState<BackupDto | null>(null)
  return (
    <Stack gap="md">
      <BackupStatusCard list={list.data} />
      <BackupListCard backups={list.data?.backups ?? []} onRestore={setRestoring} />
      <BackupSettingsCard />
      <ExportCard />
      <EvidenceCard />
      <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />
    </Stack>
  )
}
