import { Stack, Text, Title } from '@mantine/core'

export function Placeholder({ title, body }: { title: string; body: string }) {
  return (
    <Stack gap="sm" maw={640}>
      <Title order={2}>{title}</Title>
      <Text c="dimmed">{body}</Text>
    </Stack>
  )
}
