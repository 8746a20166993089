import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

interface Props {
  /** Unique on the page: names the section for assistive technology. */
  id: string
  title: string
  description?: string
  /** Beside the title, e.g. an "add" button. */
  action?: ReactNode
  children: ReactNode
}

/** One titled block of settings; every tab is made of these. */
export function SettingsCard({ id, title, description, action, children }: Props) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap" gap="md">
            <Title order={3} size="h4" id={id}>
              {title}
            </Title>
            {action}
          </Group>
          {description ? (
            <Text size="sm" c="dimmed">
              {description}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  )
}
