import { MonthPickerInput, type MonthPickerInputProps } from '@mantine/dates'
import { IconCalendar } from '@tabler/icons-react'

type Props = Omit<MonthPickerInputProps, 'value' | 'defaultValue' | 'onChange' | 'type'> & {
  /** A month as YYYY-MM. */
  value: string
  onChange(month: string): void
}

/** A month picker in the window's language ("Desember 2026" / "December 2026"). */
export function MonthField({ value, onChange, ...rest }: Props) {
  return (
    <MonthPickerInput
      value={/^\d{4}-\d{2}$/.test(value) ? `${value}-01` : null}
      onChange={(next) => {
        if (next) onChange(next.slice(0, 7))
      }}
      leftSection={<IconCalendar size={16} aria-hidden />}
      {...rest}
    />
  )
}
