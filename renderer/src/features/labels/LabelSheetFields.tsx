import { Button, Collapse, Group, NumberInput, SimpleGrid, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { sheetCellSize } from '../../../../shared/labels/label-templates'
import type { LabelSheet } from '../../../../shared/labels/label-templates'

interface Props {
  sheet: LabelSheet
  onChange(sheet: LabelSheet): void
}

const fields = [
  ['columns', 'sheetColumns', 1, 8, false],
  ['rows', 'sheetRows', 1, 24, false],
  ['skip', 'skip', 0, 191, false],
  ['marginTopMm', 'marginTop', 0, 60, true],
  ['marginBottomMm', 'marginBottom', 0, 60, true],
  ['marginLeftMm', 'marginLeft', 0, 60, true],
  ['marginRightMm', 'marginRight', 0, 60, true],
  ['gapXMm', 'gapX', 0, 20, true],
  ['gapYMm', 'gapY', 0, 20, true],
] as const

/** The A4 sticker sheet's grid, as printed on its packet; the cell size follows. */
export function LabelSheetFields({ sheet, onChange }: Props) {
  const { t } = useTranslation('printing')
  const [spacing, setSpacing] = useState(false)
  const cell = sheetCellSize(sheet)
  const round = (mm: number) => Math.round(mm * 10) / 10
  const input = ([key, label, min, max, decimal]: (typeof fields)[number]) => (
    <NumberInput
      key={key}
      size="xs"
      label={t(`labels.${label}`)}
      min={min}
      max={max}
      allowDecimal={decimal}
      decimalScale={1}
      allowNegative={false}
      value={sheet[key]}
      onChange={(value) => {
        const n = typeof value === 'number' ? value : Number(value)
        if (Number.isFinite(n)) onChange({ ...sheet, [key]: n })
      }}
    />
  )
  return (
    <>
      <SimpleGrid cols={3} spacing="xs" verticalSpacing={6}>
        {fields.slice(0, 3).map(input)}
      </SimpleGrid>
      <Group gap="sm">
        <Text size="xs" c="dimmed">
          {t('labels.cell', { width: round(cell.widthMm), height: round(cell.heightMm) })}
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          aria-expanded={spacing}
          onClick={() => setSpacing((open) => !open)}
        >
          {t('labels.spacing')}
        </Button>
      </Group>
      <Collapse expanded={spacing}>
        <SimpleGrid cols={3} spacing="xs" verticalSpacing={6}>
          {fields.slice(3).map(input)}
        </SimpleGrid>
      </Collapse>
    </>
  )
}
