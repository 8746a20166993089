import {
  Alert,
  Autocomplete,
  Button,
  Grid,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultColumns } from '../../../../../shared/printing/printer-settings'
import type { PrinterSettingsDto } from '../../../../../shared/printing/printer-settings'
import type { PrinterDetectionDto } from '../../../../../shared/printing/printing-dto'
import type { ApiError } from '../../../api/client'
import { SettingsCard } from '../SettingsCard'
import { useGuardedSave } from '../use-guarded-save'
import { ConnectionFields } from './ConnectionFields'
import { DetectedPrinters } from './DetectedPrinters'
import { LogoField } from './LogoField'
import { formErrors, toFormValues, toSettingsInput } from './printer-form-values'
import type { PrinterFormValues } from './printer-form-values'
import { PrinterTestCard } from './PrinterTestCard'

interface Props {
  settings: PrinterSettingsDto
  detection: PrinterDetectionDto | undefined
  detectionError: ApiError | null
  detecting: boolean
  onDetect(): void
}

/** Every receipt printer setting in one form, saved together (`print:saveSettings`). */
export function PrinterSettingsForm({
  settings,
  detection,
  detectionError,
  detecting,
  onDetect,
}: Props) {
  const { t } = useTranslation('printing')
  const { save, pending, dialog } = useGuardedSave()
  const [formError, setFormError] = useState<string | null>(null)
  const [saved, setSaved] = useState(settings)
  const form = useForm<PrinterFormValues>({
    mode: 'controlled',
    initialValues: toFormValues(settings),
  })
  const values = form.getValues()
  const queues = detection?.spooler.printers ?? []

  const submit = (edited: PrinterFormValues) => {
    setFormError(null)
    void save('print:saveSettings', toSettingsInput(edited), {
      onSuccess: (next) => {
        setSaved(next)
        const fresh = toFormValues(next)
        form.setInitialValues(fresh)
        form.setValues(fresh)
        form.resetDirty(fresh)
        notifications.show({ color: 'teal', message: t('settings.saved') })
      },
      onError: (error) => {
        const fields = formErrors(error.fieldErrors())
        form.setErrors(fields)
        setFormError(error.message)
      },
    })
  }

  const paperWidth = values.paperWidth === '80' ? 80 : 58
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Grid gap="md" align="flex-start">
        <Grid.Col span={7}>
          <Stack gap="md">
            <SettingsCard
              id="printer-connection"
              title={t('settings.connection.title')}
              description={t('settings.connection.description')}
            >
              <ConnectionFields form={form} detection={detection} />
            </SettingsCard>
            <SettingsCard id="printer-paper" title={t('settings.paper.title')}>
              <Radio.Group label={t('settings.paper.width')} {...form.getInputProps('paperWidth')}>
                <Group gap="lg" mt={6}>
                  {(['58', '80'] as const).map((width) => (
                    <Radio key={width} value={width} label={t('settings.paper.mm', { width })} />
                  ))}
                </Group>
              </Radio.Group>
              <SimpleGrid cols={2} spacing="sm">
                <NumberInput
                  label={t('settings.paper.columns')}
                  description={t('settings.paper.columnsHint', {
                    columns: defaultColumns(paperWidth),
                  })}
                  placeholder={String(defaultColumns(paperWidth))}
                  min={32}
                  max={56}
                  allowDecimal={false}
                  allowNegative={false}
                  key={form.key('columns')}
                  {...form.getInputProps('columns')}
                />
                <Select
                  label={t('settings.paper.codePage')}
                  data={[
                    { value: 'pc858', label: t('settings.paper.pc858') },
                    { value: 'wpc1252', label: t('settings.paper.wpc1252') },
                  ]}
                  allowDeselect={false}
                  key={form.key('codePage')}
                  {...form.getInputProps('codePage')}
                />
              </SimpleGrid>
              <Switch
                label={t('settings.paper.cutter')}
                key={form.key('cutter')}
                {...form.getInputProps('cutter', { type: 'checkbox' })}
              />
            </SettingsCard>
            <SettingsCard id="printer-content" title={t('settings.content.title')}>
              <TextInput
                label={t('settings.content.storeName')}
                withAsterisk
                maxLength={80}
                key={form.key('storeName')}
                {...form.getInputProps('storeName')}
              />
              <SimpleGrid cols={2} spacing="sm">
                <Textarea
                  label={t('settings.content.headerLines')}
                  description={t('settings.content.linesHint')}
                  autosize
                  minRows={2}
                  maxRows={6}
                  key={form.key('headerLines')}
                  {...form.getInputProps('headerLines')}
                />
                <Textarea
                  label={t('settings.content.footerLines')}
                  description={t('settings.content.linesHint')}
                  autosize
                  minRows={2}
                  maxRows={6}
                  key={form.key('footerLines')}
                  {...form.getInputProps('footerLines')}
                />
              </SimpleGrid>
              <Switch
                label={t('settings.content.bilingual')}
                key={form.key('bilingual')}
                {...form.getInputProps('bilingual', { type: 'checkbox' })}
              />
              <LogoField
                value={values.logoDataUrl}
                saved={{ dataUrl: saved.logoDataUrl, logo: saved.logo }}
                error={form.errors.logoDataUrl as string | undefined}
                onChange={(value) => form.setFieldValue('logoDataUrl', value)}
              />
            </SettingsCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>
          <Stack gap="md">
            <SettingsCard id="printer-behaviour" title={t('settings.behaviour.title')}>
              <Switch
                label={t('settings.behaviour.autoPrint')}
                key={form.key('autoPrint')}
                {...form.getInputProps('autoPrint', { type: 'checkbox' })}
              />
              <Switch
                label={t('settings.behaviour.openDrawer')}
                key={form.key('openDrawerOnCash')}
                {...form.getInputProps('openDrawerOnCash', { type: 'checkbox' })}
              />
              <NumberInput
                label={t('settings.behaviour.copies')}
                min={1}
                max={3}
                allowDecimal={false}
                allowNegative={false}
                w={160}
                key={form.key('copies')}
                {...form.getInputProps('copies')}
              />
            </SettingsCard>
            <PrinterTestCard configured={saved.transport !== 'none'} dirty={form.isDirty()} />
            <DetectedPrinters
              detection={detection}
              error={detectionError}
              loading={detecting}
              onRefresh={onDetect}
            />
            <SettingsCard
              id="printer-os"
              title={t('settings.os.title')}
              description={t('settings.os.description')}
            >
              <Autocomplete
                label={t('settings.os.osPrinter')}
                placeholder={t('settings.os.placeholder')}
                data={queues}
                spellCheck={false}
                key={form.key('osPrinter')}
                {...form.getInputProps('osPrinter')}
              />
              <Autocomplete
                label={t('settings.os.labelPrinter')}
                placeholder={t('settings.os.placeholder')}
                data={queues}
                spellCheck={false}
                key={form.key('labelPrinter')}
                {...form.getInputProps('labelPrinter')}
              />
              <Autocomplete
                label={t('settings.os.documentPrinter')}
                placeholder={t('settings.os.placeholder')}
                data={queues}
                spellCheck={false}
                key={form.key('documentPrinter')}
                {...form.getInputProps('documentPrinter')}
              />
            </SettingsCard>
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack gap="sm" mt="md">
        {formError && (
          <Alert color="red" role="alert" py="xs">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" color="teal.9" loading={pending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
      {dialog}
    </form>
  )
}
