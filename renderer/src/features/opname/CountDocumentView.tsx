import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import { CancelCountModal } from './CancelCountModal'
import { CountFacts } from './CountFacts'
import { CountingPanel } from './CountingPanel'
import { DraftPanel } from './DraftPanel'
import { ReviewPanel } from './ReviewPanel'
import { StateBadge } from './StateBadge'

/** One count document; what it shows follows its state. */
export function CountDocumentView({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation('opname')
  const doc = useChannel('opname:get', { id })
  const [cancelling, setCancelling] = useState(false)
  if (doc.error) {
    return (
      <Text c="red" role="alert">
        {doc.error.message}
      </Text>
    )
  }
  if (!doc.data) return <Loader role="status" aria-label={t('loading')} />
  const count = doc.data
  const open = count.state === 'draft' || count.state === 'counting' || count.state === 'review'
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconArrowLeft size={14} aria-hidden />}
            onClick={onBack}
            mb={4}
          >
            {t('doc.back')}
          </Button>
          <Group gap="sm" align="center">
            <Title order={2}>{t('doc.title', { number: count.countNo })}</Title>
            <StateBadge state={count.state} size="lg" />
          </Group>
        </div>
        {open && (
          <Button variant="subtle" color="red" onClick={() => setCancelling(true)} mt={28}>
            {t('cancel.open')}
          </Button>
        )}
      </Group>
      <CountFacts doc={count} />
      {count.state === 'draft' && <DraftPanel doc={count} />}
      {count.state === 'counting' && <CountingPanel doc={count} />}
      {(count.state === 'review' || count.state === 'posted' || count.state === 'cancelled') && (
        <ReviewPanel doc={count} />
      )}
      <CancelCountModal
        countId={count.id}
        opened={cancelling}
        onClose={() => setCancelling(false)}
      />
    </Stack>
  )
}
