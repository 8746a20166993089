import { NumberInput, type NumberInputProps } from '@mantine/core'

/**
 * Whole Rupiah typed the way it is written here: `Rp 15.000`. The decimal separator is a
 * comma only so it cannot clash with the '.' grouping; decimals are refused anyway.
 */
export function RupiahInput(props: NumberInputProps) {
  return (
    <NumberInput
      prefix="Rp "
      thousandSeparator="."
      decimalSeparator=","
      allowDecimal={false}
      hideControls
      inputMode="numeric"
      {...props}
    />
  )
}
