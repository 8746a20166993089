import { Paper, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

export interface ReportRow {
  key: string
  label: ReactNode
  value: ReactNode
  /** The section's bottom line, set apart from the rows above it. */
  total?: boolean
}

/** One titled block of a shift report: label on the left, amount on the right. */
export function ReportSection({
  title,
  rows,
  empty,
}: {
  title: string
  rows: ReportRow[]
  empty?: string
}) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {rows.length === 0 && empty ? (
        <Text size="sm" c="gray.7">
          {empty}
        </Text>
      ) : (
        <Table aria-label={title} verticalSpacing={3} horizontalSpacing={4} fz="sm">
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.key}
                fw={row.total ? 700 : undefined}
                style={
                  row.total ? { borderTop: '2px solid var(--mantine-color-gray-5)' } : undefined
                }
              >
                <Table.Th scope="row" fw={row.total ? 700 : 400}>
                  {row.label}
                </Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {row.value}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  )
}
