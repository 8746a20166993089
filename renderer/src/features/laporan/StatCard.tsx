import { Paper, Text } from '@mantine/core'
import { useId } from 'react'

/** One figure with its label; a group named by the label, so it reads as "label: value". */
export function StatCard({
  label,
  value,
  strong,
}: {
  label: string
  value: string
  strong?: boolean
}) {
  const labelId = useId()
  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-labelledby={labelId}>
      <Text size="xs" c="dimmed" component="div" id={labelId}>
        {label}
      </Text>
      <Text fw={strong ? 800 : 600} c={strong ? 'teal.9' : undefined} component="div">
        {value}
      </Text>
    </Paper>
  )
}
