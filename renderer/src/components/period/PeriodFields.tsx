import { SegmentedControl, Stack, Text } from '@mantine/core'
import { useId } from 'react'
import { DateField } from '../dates/DateField'

/** The preset buttons (today, this week, …) of a period filter. */
export function PeriodPresets<P extends string>(props: {
  label: string
  presets: readonly P[]
  value: P
  presetLabel: (preset: P) => string
  onChange: (preset: P) => void
}) {
  const labelId = useId()
  const choose = (next: string) => {
    const found = props.presets.find((p) => p === next)
    if (found) props.onChange(found)
  }
  return (
    <Stack gap={4}>
      <Text component="span" size="sm" fw={500} id={labelId}>
        {props.label}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={props.value}
        onChange={choose}
        data={props.presets.map((p) => ({ value: p, label: props.presetLabel(p) }))}
      />
    </Stack>
  )
}

/**
 * From and to as two date fields in the app's language (dd/mm/yyyy, months named in the
 * window's language). The pickers keep `from` ≤ `to` (and ≤ `max`, when given); a typed range
 * the wrong way round is for the screen to report.
 */
export function DateRangeFields(props: {
  from: string
  to: string
  labels: { from: string; to: string }
  onChange: (key: 'from' | 'to', date: string) => void
  max?: string
  width: number
}) {
  const { from, to, max, width } = props
  return (
    <>
      <DateField
        label={props.labels.from}
        value={from}
        max={to || max}
        onChange={(date) => props.onChange('from', date)}
        w={width}
      />
      <DateField
        label={props.labels.to}
        value={to}
        min={from || undefined}
        max={max}
        onChange={(date) => props.onChange('to', date)}
        w={width}
      />
    </>
  )
}
