import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFileTypePdf } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PartnerDto } from '../../../../shared/consignment/consignment-dto'
import { formatRupiah } from '../../../../shared/money'
import { call, type ApiError } from '../../api/client'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { saveFile } from '../../components/files/save-file'

interface Props {
  partner: PartnerDto | null
  onClose: () => void
}

/** A payment from a partner against what its settlements left owing, with its own receipt. */
export function PayModal({ partner, onClose }: Props) {
  const { t } = useTranslation('titip')
  return (
    <Modal
      opened={partner !== null}
      onClose={onClose}
      title={partner ? t('pay.title', { name: partner.name }) : ''}
      size={720}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {partner && <PayBody partner={partner} onClose={onClose} />}
    </Modal>
  )
}

const dateTime = (ms: number, locale: string) =>
  new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'Asia/Jakarta',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(ms)

function PayBody({ partner, onClose }: { partner: PartnerDto; onClose: () => void }) {
  const { t, i18n } = useTranslation('titip')
  const methods = useChannel('payments:methods', {})
  const history = useChannel('consignment:payments', { locationId: partner.id, limit: 20 })
  const pay = useChannelMutation('consignment:pay')
  // Made once per form: a double submit records one payment.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID())
  const [amount, setAmount] = useState<number | ''>(partner.owed)
  const [methodId, setMethodId] = useState<string | null>(null)
  const [reference, setReference] = useState('')
  const [note, setNote] = useState('')
  const [error, setError] = useState<ApiError | null>(null)

  if (!methods.data) return <Loader />
  const activeMethods = methods.data.filter((m) => m.active)
  const method = methodId ?? activeMethods[0]?.id ?? null
  const issues = error?.fieldErrors() ?? {}

  const receipt = async (id: string) => {
    try {
      const file = await call('consignment:paymentPdf', { id })
      saveFile(file)
      notifications.show({ color: 'teal', message: t('pay.saved', { filename: file.filename }) })
    } catch (e) {
      notifications.show({ color: 'red', message: (e as ApiError).message })
    }
  }

  const submit = () => {
    setError(null)
    if (!method || amount === '') return
    pay.mutate(
      { id: requestId, locationId: partner.id, methodId: method, amount, reference, note },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'teal',
            message: t('pay.done', { docNo: result.docNo, owed: formatRupiah(result.owedAfter) }),
          })
          setRequestId(crypto.randomUUID())
          onClose()
        },
        onError: setError,
      },
    )
  }

  return (
    <Stack gap="sm">
      <Text size="sm" role="status" aria-label={t('pay.owed')}>
        {t('pay.owed')}: <b>{formatRupiah(partner.owed)}</b>
      </Text>
      {partner.owed <= 0 && (
        <Text size="sm" c="dimmed">
          {t('pay.nothingOwed')}
        </Text>
      )}
      <SimpleGrid cols={2} spacing="sm">
        <NumberInput
          label={t('pay.amount')}
          value={amount}
          onChange={(v) => setAmount(typeof v === 'number' ? v : '')}
          min={1}
          max={Math.max(partner.owed, 1)}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          error={issues['amount']}
        />
        <Select
          label={t('pay.method')}
          data={activeMethods.map((m) => ({ value: m.id, label: m.name }))}
          value={method}
          onChange={setMethodId}
          allowDeselect={false}
        />
        <TextInput
          label={t('pay.reference')}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          maxLength={60}
          error={issues['reference']}
        />
        <TextInput
          label={t('pay.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={200}
        />
      </SimpleGrid>
      {error && Object.keys(issues).length === 0 && (
        <Alert color="red" variant="light">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          onClick={submit}
          loading={pay.isPending}
          disabled={partner.owed <= 0 || amount === ''}
        >
          {t('pay.submit')}
        </Button>
      </Group>
      {history.data && history.data.length > 0 && (
        <Table aria-label={t('pay.history')} striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pay.number')}</Table.Th>
              <Table.Th>{t('pay.date')}</Table.Th>
              <Table.Th>{t('pay.method')}</Table.Th>
              <Table.Th ta="right">{t('pay.amount')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.docNo}</Table.Td>
                <Table.Td>{dateTime(p.createdAt, i18n.language)}</Table.Td>
                <Table.Td>{p.methodName}</Table.Td>
                <Table.Td ta="right">{formatRupiah(p.amount)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconFileTypePdf size={14} aria-hidden />}
                    aria-label={`${t('pay.receipt')} ${p.docNo}`}
                    onClick={() => void receipt(p.id)}
                  >
                    {t('pay.receipt')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
