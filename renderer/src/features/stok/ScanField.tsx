import { TextInput } from '@mantine/core'
import { IconBarcode } from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'

interface Props {
  label: string
  placeholder: string
  onCode: (code: string) => void
  error?: string | null
  description?: string | null
  autoFocus?: boolean
}

/**
 * A keyboard-wedge scanner types the code and Enter into the focused field; typing a SKU
 * and pressing Enter works the same way.
 */
export function ScanField({ label, placeholder, onCode, error, description, autoFocus }: Props) {
  const [value, setValue] = useState('')
  const input = useRef<HTMLInputElement>(null)
  // The field may appear after its dialog opened (data still loading), when the dialog has
  // already put focus elsewhere: a scan must never land on the dialog's close button.
  useEffect(() => {
    if (autoFocus) input.current?.focus()
  }, [autoFocus])
  return (
    <TextInput
      ref={input}
      label={label}
      placeholder={placeholder}
      leftSection={<IconBarcode size={16} aria-hidden />}
      value={value}
      onChange={(event) => setValue(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return
        event.preventDefault()
        const code = value.trim()
        setValue('')
        if (code) onCode(code)
      }}
      error={error}
      description={description}
      // Scan feedback sits under the field so the field never moves while scanning.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data-autofocus={autoFocus || undefined}
      autoComplete="off"
    />
  )
}
