import {
  Alert,
  Button,
  Grid,
  Group,
  Modal,
  Radio,
  ScrollArea,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconFileTypePdf, IconPrinter, IconTags } from '@tabler/icons-react'
import { keepPreviousData, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { InputOf } from '../../../../shared/contract'
import { DEFAULT_LABEL_SHEET, labelTemplateIds } from '../../../../shared/labels/label-templates'
import type { LabelSheet, LabelTemplateId } from '../../../../shared/labels/label-templates'
import { ApiError, call } from '../../api/client'
import { useChannel } from '../../api/hooks'
import { saveFile } from '../../components/files/save-file'
import { isDesktopApp } from '../printing/is-desktop'
import { normaliseLabelItems } from './label-items'
import type { LabelItem } from './label-items'
import { LabelDensityWarning } from './LabelDensityWarning'
import { LabelItemsTable } from './LabelItemsTable'
import { LabelPreview } from './LabelPreview'
import { LabelSheetFields } from './LabelSheetFields'

export interface LabelPrintDialogProps {
  opened: boolean
  onClose(): void
  /** The products and how many labels each (e.g. one per unit received); editable here. */
  items: LabelItem[]
  /** Roll size to start with; the 38 × 25 mm roll unless the caller knows better. */
  template?: LabelTemplateId
}

type Feedback = { color: 'teal' | 'red'; message: string } | null

const messageOf = (error: unknown) =>
  error instanceof ApiError || error instanceof Error ? error.message : String(error)

function LabelPrintContent({ items: initial, template: initialTemplate }: LabelPrintDialogProps) {
  const { t } = useTranslation('printing')
  const client = useQueryClient()
  const [items, setItems] = useState(() => normaliseLabelItems(initial))
  const [template, setTemplate] = useState<LabelTemplateId>(initialTemplate ?? 'roll-38x25')
  const [sheet, setSheet] = useState<LabelSheet>(DEFAULT_LABEL_SHEET)
  const [showPrice, setShowPrice] = useState(true)
  const [text, setText] = useState('')
  const [qrData, setQrData] = useState('')
  const [busy, setBusy] = useState<'pdf' | 'print' | null>(null)
  const [feedback, setFeedback] = useState<Feedback>(null)

  const input = useMemo(
    (): InputOf<'labels:render'> => ({
      items: normaliseLabelItems(items),
      template,
      ...(template === 'a4-sheet' ? { sheet } : {}),
      options: { showPrice, text: text.trim(), qrData: qrData.trim(), outline: true },
    }),
    [items, template, sheet, showPrice, text, qrData],
  )
  // Typing in the text fields should not re-render the labels on every key.
  const [debounced] = useDebouncedValue(input, 300)
  const rendered = useChannel('labels:render', debounced, {
    enabled: debounced.items.length > 0,
    retry: false,
    placeholderData: keepPreviousData,
  })
  const total = items.reduce((sum, item) => sum + item.copies, 0)
  const missingBarcode = rendered.error?.code === 'PRODUCT_HAS_NO_BARCODE'

  const run = async (kind: 'pdf' | 'print') => {
    setBusy(kind)
    setFeedback(null)
    try {
      if (kind === 'pdf') {
        saveFile(await call('labels:pdf', input))
      } else {
        const done = await call('labels:printOs', input)
        setFeedback({
          color: 'teal',
          message: t('labels.printed', {
            count: done.pages,
            printer: done.deviceName || t('labels.defaultPrinter'),
          }),
        })
      }
    } catch (error) {
      setFeedback({ color: 'red', message: messageOf(error) })
    } finally {
      setBusy(null)
    }
  }

  const assignAll = async () => {
    setFeedback(null)
    try {
      await call('labels:assignBarcodes', { productIds: items.map((item) => item.productId) })
      // Every screen that shows these products (the Produk list behind this dialog) reads the
      // new codes at once, not after the page is left.
      await client.invalidateQueries()
    } catch (error) {
      setFeedback({ color: 'red', message: messageOf(error) })
    }
  }

  if (items.length === 0) return <Text c="dimmed">{t('labels.empty')}</Text>

  const ready = rendered.data !== undefined && !rendered.error
  return (
    <Stack gap="md">
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={6}>
          <Stack gap="sm">
            <LabelItemsTable
              items={items}
              onChange={setItems}
              onError={(message) => setFeedback({ color: 'red', message })}
            />
            <Text size="sm" fw={500} role="status">
              {t('labels.total', { count: total })}
            </Text>
            <Radio.Group
              label={t('labels.template')}
              value={template}
              onChange={(value) => setTemplate(value as LabelTemplateId)}
            >
              <SimpleGrid cols={2} spacing={6} verticalSpacing={6} mt={6}>
                {labelTemplateIds.map((id) => (
                  <Radio key={id} value={id} label={t(`labels.templates.${id}`)} />
                ))}
              </SimpleGrid>
            </Radio.Group>
            {template === 'a4-sheet' && <LabelSheetFields sheet={sheet} onChange={setSheet} />}
            <Switch
              label={t('labels.showPrice')}
              checked={showPrice}
              onChange={(event) => setShowPrice(event.currentTarget.checked)}
            />
            <SimpleGrid cols={2} spacing="sm" verticalSpacing={4}>
              <TextInput
                label={t('labels.text')}
                placeholder={t('labels.textPlaceholder')}
                maxLength={40}
                value={text}
                onChange={(event) => setText(event.currentTarget.value)}
              />
              <TextInput
                label={t('labels.qrData')}
                placeholder={t('labels.qrPlaceholder')}
                maxLength={200}
                value={qrData}
                onChange={(event) => setQrData(event.currentTarget.value)}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt={-6}>
              {t('labels.qrHint')}
            </Text>
          </Stack>
        </Grid.Col>
        <Grid.Col span={6}>
          <Stack gap="sm">
            <Title order={3} size="h5">
              {t('labels.preview')}
            </Title>
            {rendered.error ? (
              <Alert color={missingBarcode ? 'yellow' : 'red'} role="alert">
                <Text size="sm">{rendered.error.message}</Text>
                {missingBarcode && (
                  <Button mt="xs" size="compact-sm" onClick={() => void assignAll()}>
                    {t('labels.assignAll')}
                  </Button>
                )}
              </Alert>
            ) : (
              <ScrollArea.Autosize
                mah="calc(100dvh - 300px)"
                type="auto"
                viewportProps={{ tabIndex: 0, 'aria-label': t('labels.preview') }}
              >
                <LabelPreview rendered={rendered.data} loading={rendered.isFetching} />
              </ScrollArea.Autosize>
            )}
            {rendered.data?.warnings.map((warning) => (
              <LabelDensityWarning
                key={warning.productId}
                productId={warning.productId}
                moduleMm={warning.moduleMm}
              />
            ))}
          </Stack>
        </Grid.Col>
      </Grid>
      {feedback && (
        <Alert color={feedback.color} role={feedback.color === 'red' ? 'alert' : 'status'} py="xs">
          {feedback.message}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button
          variant="default"
          leftSection={<IconFileTypePdf size={16} aria-hidden />}
          loading={busy === 'pdf'}
          disabled={!ready || busy !== null}
          onClick={() => void run('pdf')}
        >
          {t('labels.savePdf')}
        </Button>
        {isDesktopApp() && (
          <Button
            leftSection={<IconPrinter size={16} aria-hidden />}
            loading={busy === 'print'}
            disabled={!ready || busy !== null}
            onClick={() => void run('print')}
          >
            {t('labels.print')}
          </Button>
        )}
      </Group>
    </Stack>
  )
}

/**
 * Product labels for any list of products: from the product table (one or several), or right
 * after a production intake (one per unit received). The counts, the roll or sheet, and the
 * text are editable; the preview is the same SVG the printer and the PDF get.
 */
export function LabelPrintDialog(props: LabelPrintDialogProps) {
  const { t } = useTranslation('printing')
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      size={1080}
      centered
      title={
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, fontWeight: 700 }}>
          <IconTags size={20} aria-hidden />
          {t('labels.title')}
        </span>
      }
      closeButtonProps={{ 'aria-label': t('labels.close') }}
    >
      {props.opened && <LabelPrintContent {...props} />}
    </Modal>
  )
}
