import { TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../api/hooks'

interface Props {
  countId: string
  productId: string
  name: string
  reason: string | null
  required: boolean
}

/** Saved when the field is left or Enter is pressed; each save is a new reason row. */
export function ReasonInput({ countId, productId, name, reason, required }: Props) {
  const { t } = useTranslation('opname')
  const save = useChannelMutation('opname:setReason')
  const [value, setValue] = useState(reason ?? '')
  const commit = () => {
    const text = value.trim()
    if (!text || text === (reason ?? '')) return
    save.mutate({ countId, productId, reason: text })
  }
  return (
    <TextInput
      aria-label={t('lines.reasonFor', { name })}
      placeholder={required ? t('lines.reasonRequired') : t('lines.reasonOptional')}
      value={value}
      onChange={(event) => setValue(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault()
          commit()
        }
      }}
      maxLength={200}
      size="xs"
      error={save.error?.message ?? (required && !reason ? true : undefined)}
    />
  )
}
