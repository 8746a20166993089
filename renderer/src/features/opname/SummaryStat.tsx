import { Paper, Text } from '@mantine/core'

export function SummaryStat({
  label,
  value,
  sub,
  color,
}: {
  label: string
  value: string
  sub?: string
  color?: string
}) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={24} fw={700} c={color}>
        {value}
      </Text>
      {sub ? (
        <Text size="sm" c="dimmed">
          {sub}
        </Text>
      ) : null}
    </Paper>
  )
}
