import { Alert, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core'
import { IconArrowBackUp } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatQty } from './format-qty'
import { ScanField } from './ScanField'

export interface ExpectedLine {
  productId: string
  name: string
  sku: string
  barcode: string | null
  unit: string
  expected: number
}

export type Counts = Record<string, { good: number; damaged: number }>

interface Props {
  lines: ExpectedLine[]
  counts: Counts
  onChange: (counts: Counts) => void
}

export const countOf = (counts: Counts, productId: string) =>
  counts[productId] ?? { good: 0, damaged: 0 }

/**
 * Counting what arrived (or came back): each scan adds one good unit to its line, with a
 * visible confirmation and an undo; counts can also be typed. Missing = expected − counted.
 */
export function CountTable({ lines, counts, onChange }: Props) {
  const { t } = useTranslation('stok')
  const [feedback, setFeedback] = useState<{ ok: boolean; text: string } | null>(null)
  const [history, setHistory] = useState<string[]>([])

  const set = (productId: string, patch: Partial<{ good: number; damaged: number }>) =>
    onChange({ ...counts, [productId]: { ...countOf(counts, productId), ...patch } })

  const onCode = (code: string) => {
    const lower = code.toLowerCase()
    const line = lines.find((l) => l.barcode === code || l.sku.toLowerCase() === lower)
    if (!line) {
      setFeedback({ ok: false, text: t('count.unexpected', { code }) })
      return
    }
    const current = countOf(counts, line.productId)
    if (current.good + current.damaged >= line.expected) {
      setFeedback({ ok: false, text: t('count.tooMany', { name: line.name }) })
      return
    }
    set(line.productId, { good: current.good + 1 })
    setHistory([...history, line.productId])
    setFeedback({
      ok: true,
      text: t('count.scanned', { name: line.name, count: current.good + 1 }),
    })
  }

  const undo = () => {
    const productId = history.at(-1)
    if (!productId) return
    const current = countOf(counts, productId)
    set(productId, { good: Math.max(0, current.good - 1) })
    setHistory(history.slice(0, -1))
    setFeedback(null)
  }

  const totals = lines.reduce(
    (sum, l) => {
      const c = countOf(counts, l.productId)
      return {
        good: sum.good + c.good,
        damaged: sum.damaged + c.damaged,
        missing: sum.missing + Math.max(0, l.expected - c.good - c.damaged),
      }
    },
    { good: 0, damaged: 0, missing: 0 },
  )

  return (
    <Stack gap="xs">
      <Group align="flex-end">
        <div style={{ flex: 1 }}>
          <ScanField
            label={t('count.scan')}
            placeholder={t('count.scanPlaceholder')}
            onCode={onCode}
            autoFocus
          />
        </div>
        <Button
          variant="default"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          onClick={undo}
          disabled={history.length === 0}
        >
          {t('count.undo')}
        </Button>
      </Group>
      {feedback && (
        <Alert
          color={feedback.ok ? 'teal' : 'red'}
          variant="light"
          py={6}
          role={feedback.ok ? 'status' : 'alert'}
        >
          {feedback.text}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={600} mah={320}>
        <Table aria-label={t('count.label')} verticalSpacing={4} stickyHeader striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('count.product')}</Table.Th>
              <Table.Th ta="right">{t('count.expected')}</Table.Th>
              <Table.Th w={110}>{t('count.good')}</Table.Th>
              <Table.Th w={110}>{t('count.damaged')}</Table.Th>
              <Table.Th ta="right">{t('count.missing')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => {
              const c = countOf(counts, line.productId)
              const missing = line.expected - c.good - c.damaged
              return (
                <Table.Tr key={line.productId}>
                  <Table.Td>
                    <Text size="sm" fw={500} lineClamp={1}>
                      {line.name}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {line.sku}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {formatQty(line.expected)} {line.unit}
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('count.goodOf', { name: line.name })}
                      size="xs"
                      min={0}
                      max={line.expected}
                      allowDecimal={false}
                      allowNegative={false}
                      clampBehavior="strict"
                      value={c.good}
                      onChange={(v) => set(line.productId, { good: Number(v) || 0 })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={t('count.damagedOf', { name: line.name })}
                      size="xs"
                      min={0}
                      max={line.expected}
                      allowDecimal={false}
                      allowNegative={false}
                      clampBehavior="strict"
                      value={c.damaged}
                      onChange={(v) => set(line.productId, { damaged: Number(v) || 0 })}
                    />
                  </Table.Td>
                  <Table.Td
                    ta="right"
                    fw={missing !== 0 ? 700 : 400}
                    c={missing < 0 ? 'red' : missing > 0 ? 'orange.8' : 'dimmed'}
                  >
                    {formatQty(missing)}
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" ta="right" fw={500}>
        {t('count.totals', {
          good: formatQty(totals.good),
          damaged: formatQty(totals.damaged),
          missing: formatQty(totals.missing),
        })}
      </Text>
    </Stack>
  )
}
