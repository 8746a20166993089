import { Button, Group } from '@mantine/core'

/** Common reasons as one-click fills for the reason field; the field stays free text. */
export function ReasonSuggestions({
  label,
  reasons,
  onPick,
}: {
  label: string
  reasons: string[]
  onPick(reason: string): void
}) {
  return (
    <Group gap={6} role="group" aria-label={label}>
      {reasons.map((reason) => (
        <Button key={reason} size="compact-sm" variant="light" onClick={() => onPick(reason)}>
          {reason}
        </Button>
      ))}
    </Group>
  )
}
