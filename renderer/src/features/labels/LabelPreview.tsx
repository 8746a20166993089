import { Box, Group, Image, Loader, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RenderedLabels } from '../../../../shared/labels/label-svg'

/** Rolls show a strip of labels, sheets their first page: enough to judge, quick to draw. */
const MAX_ROLL_LABELS = 12
const ROLL_PX_PER_MM = 5
const SHEET_WIDTH_PX = 300

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`

interface Props {
  rendered: RenderedLabels | undefined
  loading: boolean
}

/** The label pages from `labels:render`, at a fixed scale so sizes compare at a glance. */
export function LabelPreview({ rendered, loading }: Props) {
  const { t } = useTranslation('printing')
  if (!rendered) {
    return loading ? (
      <Group gap="xs" role="status">
        <Loader size="xs" />
        <Text size="sm">{t('labels.rendering')}</Text>
      </Group>
    ) : null
  }
  const sheet = rendered.page.widthMm > 100
  const shown = rendered.pages.slice(0, sheet ? 1 : MAX_ROLL_LABELS)
  const more = rendered.pages.length - shown.length
  const width = sheet ? SHEET_WIDTH_PX : rendered.page.widthMm * ROLL_PX_PER_MM
  const height = (width * rendered.page.heightMm) / rendered.page.widthMm
  return (
    <Stack gap="xs" style={{ opacity: loading ? 0.6 : 1 }} data-testid="label-preview">
      <Group gap="sm" align="flex-start">
        {shown.map((svg, index) => (
          <Box
            key={index}
            style={{
              boxShadow: '0 1px 4px rgba(0,0,0,0.18)',
              border: '1px solid var(--mantine-color-gray-3)',
              background: '#fff',
              lineHeight: 0,
            }}
          >
            <Image
              src={svgUrl(svg)}
              w={width}
              h={height}
              alt={t('labels.previewPage', { n: index + 1, total: rendered.pages.length })}
            />
          </Box>
        ))}
      </Group>
      {more > 0 && (
        <Text size="sm" c="dimmed">
          {t('labels.morePages', { count: more })}
        </Text>
      )}
    </Stack>
  )
}
