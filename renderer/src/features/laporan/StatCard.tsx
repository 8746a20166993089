import { Paper, Text } from '@mantine/core'

export function StatCard({
  label,
  value,
  strong,
}: {
  label: string
  value: string
  strong?: boolean
}) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" component="div">
        {label}
      </Text>
      <Text fw={strong ? 800 : 600} c={strong ? 'teal.9' : undefined} component="div">
        {value}
      </Text>
    </Paper>
  )
}
