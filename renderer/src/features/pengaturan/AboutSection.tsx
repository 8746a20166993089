import {
  ActionIcon,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useChannel, useChannelMutation } from '../../api/hooks'

export function AboutSection() {
  const { t } = useTranslation('pengaturan')
  const about = useChannel('app:about', {})
  // Practice at any time: separate books, the way back is on the banner of every screen.
  const training = useChannelMutation('training:enter')
  const data = about.data
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-about">
      <Stack gap="sm">
        <Title order={3} size="h4" id="settings-about">
          {t('about.title')}
        </Title>
        {data && (
          <Table variant="vertical" withRowBorders={false} verticalSpacing={4} layout="fixed">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={160}>{t('about.version')}</Table.Th>
                <Table.Td>{data.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('about.device')}</Table.Th>
                <Table.Td>{data.deviceCode}</Table.Td>
              </Table.Tr>
              {data.tillKind ? (
                <Table.Tr>
                  <Table.Th>{t('about.tillKind')}</Table.Th>
                  <Table.Td>
                    {t(`about.kinds.${data.tillKind}`)}
                    {data.training ? ` — ${t('about.training')}` : ''}
                  </Table.Td>
                </Table.Tr>
              ) : null}
              <Table.Tr>
                <Table.Th>{t('about.sqlite')}</Table.Th>
                <Table.Td>{data.sqliteVersion}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('about.chain')}</Table.Th>
                <Table.Td>{t('about.chainValue', data.chain)}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th style={{ verticalAlign: 'top' }}>{t('about.dataDir')}</Table.Th>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Code style={{ wordBreak: 'break-all' }}>{data.dataDir}</Code>
                    <CopyButton value={data.dataDir}>
                      {({ copied, copy }) => (
                        <Tooltip label={copied ? t('about.copied') : t('about.copy')}>
                          <ActionIcon
                            variant="subtle"
                            color={copied ? 'teal' : 'gray'}
                            aria-label={t('about.copy')}
                            onClick={copy}
                          >
                            {copied ? (
                              <IconCheck size={16} aria-hidden />
                            ) : (
                              <IconCopy size={16} aria-hidden />
                            )}
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Group>
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('about.dataDirHint')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
        {data && !data.training ? (
          <Button
            variant="light"
            w="fit-content"
            loading={training.isPending}
            onClick={() => training.mutate({})}
          >
            {t('training.enter', { ns: 'setup' })}
          </Button>
        ) : null}
      </Stack>
    </Paper>
  )
}
