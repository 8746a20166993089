import { Alert } from '@mantine/core'
import { IconEyeOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

export function BlindNotice() {
  const { t } = useTranslation('opname')
  return (
    <Alert icon={<IconEyeOff aria-hidden />} color="gray" py="xs">
      {t('counting.blind')}
    </Alert>
  )
}
