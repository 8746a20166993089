import { PasswordInput, type PasswordInputProps } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A PIN box: digits only, hidden by default, with a show/hide toggle whose name is
 * translated (Mantine's toggle has no text of its own, so screen readers need ours).
 */
export function PinField(props: PasswordInputProps) {
  const { t } = useTranslation('common')
  const [visible, setVisible] = useState(false)
  return (
    <PasswordInput
      inputMode="numeric"
      autoComplete="off"
      maxLength={8}
      {...props}
      visible={visible}
      onVisibilityChange={setVisible}
      visibilityToggleButtonProps={{
        'aria-label': visible ? t('pinToggle.hide') : t('pinToggle.show'),
      }}
    />
  )
}
