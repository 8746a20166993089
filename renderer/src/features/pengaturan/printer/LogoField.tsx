import { Box, Button, FileButton, Group, Image, Input, Stack, Text } from '@mantine/core'
import { IconPhoto, IconTrash } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PrinterLogoDto } from '../../../../../shared/printing/printer-settings'
import { imageFileToPngDataUrl, LogoTooBigError } from './logo-image'

interface Props {
  value: string | null
  /** The saved logo: shown as it prints (1-bit) while the form still holds it. */
  saved: { dataUrl: string | null; logo: PrinterLogoDto | null }
  error?: string | undefined
  onChange(value: string | null): void
}

/** Choose, replace or remove the receipt logo; main turns it into the printer's raster on save. */
export function LogoField({ value, saved, error, onChange }: Props) {
  const { t } = useTranslation('printing')
  const [problem, setProblem] = useState<string | null>(null)
  const printed = value !== null && value === saved.dataUrl ? saved.logo?.printedDataUrl : null

  const choose = async (file: File | null) => {
    if (!file) return
    setProblem(null)
    try {
      onChange(await imageFileToPngDataUrl(file))
    } catch (failure) {
      setProblem(
        t(
          failure instanceof LogoTooBigError
            ? 'settings.content.logoTooBig'
            : 'settings.content.logoUnreadable',
        ),
      )
    }
  }

  return (
    <Input.Wrapper
      label={t('settings.content.logo')}
      description={t('settings.content.logoHint')}
      error={problem ?? error}
    >
      <Stack gap="xs" mt={6}>
        {value && (
          <Box
            p="xs"
            bg="white"
            style={{ border: '1px solid var(--mantine-color-gray-3)', width: 'fit-content' }}
          >
            <Image
              src={printed ?? value}
              alt={t('settings.content.logoPrinted')}
              maw={240}
              mah={90}
              fit="contain"
              style={{ imageRendering: printed ? 'pixelated' : undefined }}
            />
            {printed && (
              <Text size="xs" c="dimmed" mt={4}>
                {t('settings.content.logoPrinted')}
              </Text>
            )}
          </Box>
        )}
        <Group gap="xs">
          <FileButton
            onChange={(file) => void choose(file)}
            accept="image/png,image/jpeg,image/webp"
          >
            {(props) => (
              <Button
                {...props}
                variant="default"
                leftSection={<IconPhoto size={16} aria-hidden />}
              >
                {t('settings.content.logoChoose')}
              </Button>
            )}
          </FileButton>
          {value && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => onChange(null)}
            >
              {t('settings.content.logoRemove')}
            </Button>
          )}
        </Group>
      </Stack>
    </Input.Wrapper>
  )
}
