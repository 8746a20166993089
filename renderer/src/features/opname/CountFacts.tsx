import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CountDocumentDto } from '../../../../shared/opname/opname-dto'
import { formatMoment, scopeLabel } from './format'
import { useSeededName } from '../../i18n/use-seeded-name'

/** The document's facts in one quiet line under its title. */
export function CountFacts({ doc }: { doc: CountDocumentDto }) {
  const { t, i18n } = useTranslation('opname')
  const seeded = useSeededName()
  const started = doc.events.find((e) => e.state === 'counting')
  const facts = [
    [t('facts.location'), seeded(doc.locationName)],
    [t('facts.scope'), scopeLabel(t, doc.scope)],
    [t('facts.pic'), doc.personInCharge],
    [t('facts.witness'), doc.witness],
    ...(started ? [[t('facts.started'), formatMoment(started.at, i18n.language)]] : []),
  ] as const
  return (
    <Group gap="lg" component="dl" m={0}>
      {facts.map(([label, value]) => (
        <Group key={label} gap={6} wrap="nowrap">
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" size="sm" fw={500} m={0}>
            {value}
          </Text>
        </Group>
      ))}
    </Group>
  )
}
