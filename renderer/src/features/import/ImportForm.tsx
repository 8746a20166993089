import {
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconDownload, IconFileSpreadsheet, IconRefresh } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  IMPORT_MAX_BASE64,
  openingStockReasons,
  type ImportPreviewDto,
  type OpeningStockReason,
} from '../../../../shared/import/import-dto'
import { call } from '../../api/client'
import { useChannel } from '../../api/hooks'
import { saveFile } from '../../components/files/save-file'
import { fileToBase64 } from './file-base64'
import { ImportPreviewTable } from './ImportPreviewTable'
import { ImportSummary } from './ImportSummary'

/**
 * Two steps: choosing a file previews it (nothing is written), Import writes every row or
 * none. The file is read again for the import, and main refuses it if it changed since the
 * preview, so what was checked is what goes in.
 */
export function ImportForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('import')
  const client = useQueryClient()
  const options = useChannel('catalog:options', {})
  const [file, setFile] = useState<File | null>(null)
  const [locationId, setLocationId] = useState<string | null>(null)
  const [stockReason, setStockReason] = useState<OpeningStockReason>('production_in')
  const [preview, setPreview] = useState<ImportPreviewDto | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'preview' | 'confirm' | null>(null)
  const [onlyProblems, setOnlyProblems] = useState(true)
  // A catalogue without barcodes cannot be scanned: offer store barcodes right here.
  const [makeBarcodes, setMakeBarcodes] = useState(true)

  const locations = options.data?.locations ?? []
  const where = locationId ?? locations.find((l) => l.kind === 'showroom')?.id ?? null

  const read = async (chosen: File) => {
    const base64 = await fileToBase64(chosen)
    if (base64.length > IMPORT_MAX_BASE64) throw new Error(t('tooLarge'))
    return {
      filename: chosen.name,
      base64,
      stockReason,
      ...(where ? { locationId: where } : {}),
    }
  }

  const check = async (chosen: File | null) => {
    setPreview(null)
    setError(null)
    if (!chosen) return
    setBusy('preview')
    try {
      setPreview(await call('import:preview', await read(chosen)))
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(null)
    }
  }

  const confirm = async () => {
    if (!file || !preview) return
    setBusy('confirm')
    setError(null)
    try {
      const result = await call('import:confirm', {
        ...(await read(file)),
        fileHash: preview.fileHash,
      })
      notifications.show({ color: 'teal', message: t('done', { count: result.created }) })
      if (withoutBarcode > 0 && makeBarcodes) {
        const given = await call('labels:assignBarcodes', { productIds: 'all-missing' })
        notifications.show({
          color: 'teal',
          message: t('barcodesDone', { count: given.length }),
        })
      }
      await client.invalidateQueries()
      onDone()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(null)
    }
  }

  const template = async () => {
    try {
      saveFile(await call('import:template', {}))
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  const invalid = preview?.totals.invalid ?? 0
  const withoutBarcode = preview?.rows.filter((r) => !r.values.barcode).length ?? 0
  const rows = preview
    ? onlyProblems && invalid > 0
      ? preview.rows.filter((r) => r.errors.length > 0)
      : preview.rows
    : []
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('intro')}{' '}
        <Anchor component="button" type="button" size="sm" onClick={template}>
          <IconDownload size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> {t('template')}
        </Anchor>
      </Text>
      <SimpleGrid cols={3}>
        <FileInput
          label={t('file')}
          placeholder={t('filePlaceholder')}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          value={file}
          onChange={(chosen) => {
            setFile(chosen)
            void check(chosen)
          }}
          clearable
        />
        <Select
          label={t('location')}
          data={locations.map((l) => ({ value: l.id, label: l.name }))}
          value={where}
          onChange={setLocationId}
          allowDeselect={false}
        />
        <Select
          label={t('reason')}
          data={openingStockReasons.map((r) => ({ value: r, label: t(`reasons.${r}`) }))}
          value={stockReason}
          onChange={(value) => setStockReason((value ?? 'production_in') as OpeningStockReason)}
          allowDeselect={false}
        />
      </SimpleGrid>
      {busy === 'preview' && (
        <Group gap="xs">
          <Loader size="sm" />
          <Text size="sm">{t('checking')}</Text>
        </Group>
      )}
      {error && (
        <Text c="red" role="alert">
          {error}
        </Text>
      )}
      {preview && (
        <>
          <ImportSummary preview={preview} />
          {invalid > 0 && (
            <Switch
              label={t('onlyProblems')}
              checked={onlyProblems}
              onChange={(event) => setOnlyProblems(event.currentTarget.checked)}
            />
          )}
          <ImportPreviewTable rows={rows} />
          {withoutBarcode > 0 && (
            <Checkbox
              label={t('makeBarcodes', { count: withoutBarcode })}
              description={t('makeBarcodesHint')}
              checked={makeBarcodes}
              onChange={(event) => setMakeBarcodes(event.currentTarget.checked)}
            />
          )}
        </>
      )}
      <Group justify="flex-end" mt="xs">
        {file && (
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => void check(file)}
            loading={busy === 'preview'}
          >
            {t('recheck')}
          </Button>
        )}
        <Button
          onClick={confirm}
          disabled={!preview || invalid > 0 || busy !== null}
          loading={busy === 'confirm'}
        >
          {/* All or nothing: the count is what will be written, and with a bad row that is none. */}
          {!preview
            ? t('confirmNone')
            : invalid > 0
              ? t('confirmBlocked', { count: invalid })
              : t('confirm', { count: preview.totals.valid })}
        </Button>
      </Group>
    </Stack>
  )
}
