import {
  Alert,
  Badge,
  Box,
  Button,
  Center,
  Divider,
  Drawer,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconArrowBackUp, IconBan, IconPrinter } from '@tabler/icons-react'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaleDto } from '../../../../shared/sales/sales-dto'
import { formatReceiptDateTime } from '../../../../shared/receipt/receipt-datetime'
import { copyBanner } from '../../../../shared/receipt/receipt-labels'
import { useApprovedMutation } from '../../components/approval/use-approved-mutation'
import { ReceiptFileButtons } from '../printing/ReceiptFileButtons'
import { ReceiptPrintStatus } from '../printing/ReceiptPrintStatus'
import { useReceiptPrint } from '../printing/use-receipt-print'
import { onReprinted } from './on-reprinted'
import { returnable } from './return-plan'
import { SaleLinesTable } from './SaleLinesTable'
import { SaleMoney } from './SaleMoney'
import { SaleReturnsTable } from './SaleReturnsTable'
import { useSeededName } from '../../i18n/use-seeded-name'

interface Props {
  opened: boolean
  /** Known from the list before the sale itself has loaded: the title shows at once. */
  receiptNo: string
  sale: SaleDto | undefined
  error: string | null
  /** A void or return dialog is open on top: Esc and focus belong to it. */
  covered: boolean
  onClose(): void
  onVoid(): void
  onReturn(): void
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="gray.7" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={500}>{children}</Text>
    </div>
  )
}

export function SaleDetailDrawer(props: Props) {
  const { t } = useTranslation('riwayat')
  const { opened, receiptNo, sale, error, covered, onClose } = props
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={680}
      title={
        <Text component="span" fw={700} size="lg">
          {t('detail.title', { receiptNo })}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('detail.close') }}
      closeOnEscape={!covered}
    >
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : sale ? (
        <SaleDetail key={sale.id} {...props} sale={sale} />
      ) : (
        <Center py="xl">
          <Loader role="status" aria-label={t('detail.loading')} />
        </Center>
      )}
    </Drawer>
  )
}

function SaleDetail({ sale, onVoid, onReturn }: Props & { sale: SaleDto }) {
  const { t } = useTranslation('riwayat')
  const seeded = useSeededName()
  const reprint = useApprovedMutation('sales:reprint', () => ({
    action: t('approval.reprint'),
    subject: t('approval.receipt', { receiptNo: sale.receiptNo }),
    amount: sale.total,
  }))
  const printer = useReceiptPrint()
  const [notice, setNotice] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const doReprint = () => {
    setNotice(null)
    setProblem(null)
    reprint.mutate(
      { saleId: sale.id },
      {
        onSuccess: (copy) => {
          // The words the paper copy carries, so the notice and the slip agree.
          setNotice(t('detail.reprinted', { banner: copyBanner(copy.reprintCount) }))
          onReprinted(copy, printer)
        },
        onError: (err) => setProblem(err.message),
      },
    )
  }

  const hasReturns = sale.returns.length > 0
  const nothingLeft = sale.lines.every((line) => returnable(line) <= 0)
  const voidBlocked = sale.voided !== null || hasReturns
  const returnBlocked = sale.voided !== null || nothingLeft

  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="sm">
        <Fact label={t('detail.date')}>
          {formatReceiptDateTime(sale.createdAt)} {t('detail.timeZone')}
        </Fact>
        <Fact label={t('detail.cashier')}>{sale.cashierName}</Fact>
        <Fact label={t('detail.location')}>{seeded(sale.locationName)}</Fact>
      </SimpleGrid>
      <Group gap="xs">
        {sale.voided && (
          <Badge color="red" variant="filled">
            {t('list.voided')}
          </Badge>
        )}
        {hasReturns && (
          <Badge color="orange" variant="light">
            {t('list.returned')}
          </Badge>
        )}
        <Text size="sm" c="gray.7">
          {t('detail.reprints', { count: sale.reprintCount })}
        </Text>
      </Group>

      <Box role="group" aria-label={t('detail.actions')}>
        <Group gap="sm">
          <Button
            leftSection={<IconPrinter size={16} aria-hidden />}
            variant="default"
            loading={reprint.isPending}
            onClick={doReprint}
          >
            {t('detail.reprint')}
          </Button>
          <Button
            leftSection={<IconArrowBackUp size={16} aria-hidden />}
            variant="default"
            disabled={returnBlocked}
            onClick={onReturn}
          >
            {t('detail.return')}
          </Button>
          <Button
            leftSection={<IconBan size={16} aria-hidden />}
            color="red.8"
            variant="outline"
            disabled={voidBlocked}
            onClick={onVoid}
          >
            {t('detail.void')}
          </Button>
          <ReceiptFileButtons saleId={sale.id} copy />
        </Group>
        {reprint.dialog}
        {!sale.voided && (hasReturns || nothingLeft) && (
          <Text size="xs" c="gray.7" mt={6}>
            {[
              hasReturns ? t('detail.voidBlockedByReturns') : null,
              nothingLeft ? t('detail.fullyReturned') : null,
            ]
              .filter(Boolean)
              .join(' ')}
          </Text>
        )}
      </Box>
      {notice && (
        <Alert color="teal" role="status" icon={<IconPrinter size={18} aria-hidden />}>
          {notice}
        </Alert>
      )}
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      <ReceiptPrintStatus state={printer.state} onRetry={printer.retry} />
      {sale.voided && (
        <Alert color="red" title={t('detail.voidedTitle')} icon={<IconBan size={18} aria-hidden />}>
          {t('detail.voidedBody', {
            name: sale.voided.byName,
            at: formatReceiptDateTime(sale.voided.at),
            reason: sale.voided.reason,
          })}
        </Alert>
      )}

      <Divider />
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('detail.lines')}
        </Title>
        <SaleLinesTable lines={sale.lines} />
      </Stack>
      <Box ml="auto" w={400}>
        <SaleMoney sale={sale} />
      </Box>
      {hasReturns && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('detail.returns')}
          </Title>
          <SaleReturnsTable returns={sale.returns} />
        </Stack>
      )}
    </Stack>
  )
}
