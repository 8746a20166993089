import { DateInput, type DateInputProps } from '@mantine/dates'
import { IconCalendar } from '@tabler/icons-react'

type Props = Omit<
  DateInputProps,
  'value' | 'defaultValue' | 'onChange' | 'minDate' | 'maxDate' | 'type'
> & {
  /** ISO date (YYYY-MM-DD), or '' for none. */
  value: string
  onChange(isoDate: string): void
  min?: string
  max?: string
}

/**
 * A date field in the app's language, whatever the browser's or the OS's: the text reads
 * dd/mm/yyyy, the calendar names the months in the window's language (theme defaults and the
 * DatesProvider in app/ThemeProvider.tsx). The value stays the ISO date the screens already
 * use. Clearing the text keeps the last date, as a filter always has one — unless the field is
 * `clearable` (an optional date, such as an order's due date), which then reports ''.
 */
export function DateField({ value, onChange, min, max, ...rest }: Props) {
  return (
    <DateInput
      value={value || null}
      onChange={(next) => {
        if (next) onChange(next)
        else if (rest.clearable) onChange('')
      }}
      minDate={min}
      maxDate={max}
      leftSection={<IconCalendar size={16} aria-hidden />}
      {...rest}
    />
  )
}
