import { Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core'
import { memo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { Permission } from '../../../../shared/permissions'
import { useChannel } from '../../api/hooks'
import { permissionRows } from '../../features/pengaturan/permission-rows'
import { PinField } from '../pin/PinField'

/** What the supervisor is asked to approve, in words the screen already knows. */
export interface ApprovalContext {
  /** The action as the screen names it ("Batalkan transaksi"); else the permission's name. */
  action?: string
  /** The sale, line or document ("Struk KSG1-…", "Gantungan kunci × 2"). */
  subject?: string
  /** The money at stake, in Rupiah. */
  amount?: number
}

export interface ApprovalDialogProps {
  opened: boolean
  permission: Permission | null
  context: ApprovalContext
  /** Who asks: the signed-in cashier. */
  requester: string
  error: string | null
  busy: boolean
  onApprove: (approval: { supervisorId: string; pin: string }) => void
  onCancel: () => void
}

/**
 * A supervisor authorises ONE refused action with their PIN, at the cashier's till. The
 * dialog says exactly what is approved and who asks; nobody is chosen for the supervisor.
 * The PIN lives only in this component's state and is cleared on every submit and close.
 */
function ApprovalDialogView(props: ApprovalDialogProps) {
  const { opened, permission, context, requester, error, busy, onApprove, onCancel } = props
  const { t } = useTranslation('auth')
  const { t: tp } = useTranslation('pengaturan')
  const approvers = useChannel(
    'approvals:approvers',
    { permission: permission ?? 'sell' },
    { enabled: opened && permission !== null },
  )
  const [supervisorId, setSupervisorId] = useState<string | null>(null)
  const [pin, setPin] = useState('')
  const close = () => {
    setPin('')
    setSupervisorId(null)
    onCancel()
  }
  const action =
    context.action ??
    (permission ? tp(`permissions.labels.${permissionRows[permission].label}` as never) : '')
  const rows: Array<[string, string]> = [
    [t('approval.action'), action],
    ...(context.subject ? [[t('approval.subject'), context.subject] as [string, string]] : []),
    ...(context.amount !== undefined
      ? [[t('approval.amount'), formatRupiah(context.amount)] as [string, string]]
      : []),
    [t('approval.requester'), requester],
  ]
  const list = approvers.data ?? []
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('approval.title')}
      centered
      // Above any dialog or drawer whose action it approves (Riwayat's sit at 300).
      zIndex={400}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (supervisorId && pin.length >= 4) onApprove({ supervisorId, pin })
          setPin('')
        }}
      >
        <Stack>
          <Text size="sm">{t('approval.body')}</Text>
          <Table aria-label={t('approval.what')} withRowBorders={false} verticalSpacing={4}>
            <Table.Tbody>
              {rows.map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th scope="row" w="35%" fw={500}>
                    {label}
                  </Table.Th>
                  <Table.Td fw={label === t('approval.action') ? 700 : 400}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Select
            label={t('approval.supervisor')}
            placeholder={t('approval.choose')}
            data={list.map((u) => ({ value: u.id, label: u.name }))}
            value={supervisorId}
            onChange={setSupervisorId}
            allowDeselect={false}
            // The list opens above this dialog, which itself sits above other dialogs.
            comboboxProps={{ zIndex: 500 }}
            nothingFoundMessage={t('approval.nobody')}
            error={approvers.isSuccess && list.length === 0 ? t('approval.nobody') : undefined}
          />
          <PinField
            label={t('approval.pin')}
            value={pin}
            onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, ''))}
            data-autofocus
          />
          {error ? (
            <Text c="red.8" role="alert" size="sm">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('approval.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!supervisorId || pin.length < 4}>
              {t('approval.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

// Memoised: the till re-renders on every scan and key, and a closed dialog has nothing new to show.
export const ApprovalDialog = memo(ApprovalDialogView)
