import {
  Autocomplete,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { baudRates } from '../../../../../shared/printing/printer-settings'
import type { PrinterDetectionDto } from '../../../../../shared/printing/printing-dto'
import type { PrinterFormValues } from './printer-form-values'

interface Props {
  form: UseFormReturnType<PrinterFormValues>
  detection: PrinterDetectionDto | undefined
}

/** How the receipt bytes leave the machine, and where to: the fields of the chosen transport. */
export function ConnectionFields({ form, detection }: Props) {
  const { t } = useTranslation('printing')
  const transport = form.getValues().transport
  const devices = (detection?.devices ?? []).map((device) => ({
    value: device.path,
    label: `${device.path} (${t(`settings.detected.kinds.${device.kind}`)})`,
  }))
  const queues = detection?.spooler.printers ?? []
  return (
    <Stack gap="sm">
      <Radio.Group label={t('settings.connection.transport')} {...form.getInputProps('transport')}>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs" mt={6}>
          {(['none', 'network', 'device', 'spooler'] as const).map((value) => (
            <Radio key={value} value={value} label={t(`settings.connection.${value}`)} />
          ))}
        </SimpleGrid>
      </Radio.Group>
      {transport === 'none' && (
        <Text size="sm" c="dimmed">
          {t('settings.connection.noneHint')}
        </Text>
      )}
      {transport === 'network' && (
        <>
          <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
            <TextInput
              label={t('settings.connection.host')}
              placeholder={t('settings.connection.hostPlaceholder')}
              withAsterisk
              autoComplete="off"
              spellCheck={false}
              style={{ flexGrow: 3 }}
              key={form.key('host')}
              {...form.getInputProps('host')}
            />
            <NumberInput
              label={t('settings.connection.port')}
              min={1}
              max={65535}
              allowDecimal={false}
              allowNegative={false}
              style={{ flexGrow: 1 }}
              key={form.key('port')}
              {...form.getInputProps('port')}
            />
          </Group>
          <Checkbox
            label={t('settings.connection.checkPaper')}
            key={form.key('checkPaper')}
            {...form.getInputProps('checkPaper', { type: 'checkbox' })}
          />
        </>
      )}
      {transport === 'device' && (
        <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
          <Autocomplete
            label={t('settings.connection.devicePath')}
            placeholder={t('settings.connection.devicePathPlaceholder')}
            withAsterisk
            data={devices}
            spellCheck={false}
            style={{ flexGrow: 3 }}
            key={form.key('devicePath')}
            {...form.getInputProps('devicePath')}
          />
          <Select
            label={t('settings.connection.baud')}
            placeholder={t('settings.connection.baudKeep')}
            data={baudRates.map((rate) => String(rate))}
            clearable
            style={{ flexGrow: 1 }}
            key={form.key('baud')}
            {...form.getInputProps('baud')}
          />
        </Group>
      )}
      {transport === 'spooler' && (
        <Autocomplete
          label={t('settings.connection.spoolerPrinter')}
          placeholder={t('settings.connection.spoolerPlaceholder')}
          withAsterisk
          data={queues}
          spellCheck={false}
          key={form.key('spoolerPrinter')}
          {...form.getInputProps('spoolerPrinter')}
        />
      )}
    </Stack>
  )
}
