import { Button, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconFileImport, IconPlayerPlay, IconSquare } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ImportModal } from '../import/ImportModal'

/**
 * Step 7: import a catalogue file, start empty, or practise in the training books. Training is
 * entered when the wizard finishes, after the recovery code of the real books is on paper.
 */
export function CatalogueStep({ onDone }: { onDone: (choice: { training: boolean }) => void }) {
  const { t } = useTranslation('setup')
  const [importing, setImporting] = useState(false)
  const choice = (icon: React.ReactNode, label: string, hint: string, onClick: () => void) => (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs" h="100%" justify="space-between">
        <Text size="sm">{hint}</Text>
        <Button leftSection={icon} onClick={onClick} variant="light">
          {label}
        </Button>
      </Stack>
    </Paper>
  )
  return (
    <Stack gap="md">
      <Text>{t('catalogue.intro')}</Text>
      <SimpleGrid cols={3}>
        {choice(
          <IconFileImport size={16} aria-hidden />,
          t('catalogue.import'),
          t('catalogue.importHint'),
          () => setImporting(true),
        )}
        {choice(
          <IconSquare size={16} aria-hidden />,
          t('catalogue.empty'),
          t('catalogue.emptyHint'),
          () => onDone({ training: false }),
        )}
        {choice(
          <IconPlayerPlay size={16} aria-hidden />,
          t('catalogue.training'),
          t('catalogue.trainingHint'),
          () => onDone({ training: true }),
        )}
      </SimpleGrid>
      <ImportModal
        opened={importing}
        onClose={() => {
          setImporting(false)
        }}
      />
    </Stack>
  )
}
