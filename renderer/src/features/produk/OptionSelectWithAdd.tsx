import { ActionIcon, Button, Group, Select, Stack, TextInput, Tooltip } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Option } from '../../../../shared/catalogue/catalogue-dto'
import { useChannelMutation } from '../../api/hooks'

interface Props {
  channel: 'catalog:addCategory' | 'catalog:addWorkshop'
  label: string
  placeholder: string
  addLabel: string
  newLabel: string
  options: Option[]
  value: string | null
  onChange: (value: string | null) => void
  error?: React.ReactNode
}

/**
 * A select whose list can grow on the spot: on an empty database the first category or
 * workshop is created right from the product form, without leaving it.
 */
export function OptionSelectWithAdd({
  channel,
  label,
  placeholder,
  addLabel,
  newLabel,
  options,
  value,
  onChange,
  error,
}: Props) {
  const { t } = useTranslation('produk')
  const add = useChannelMutation(channel)
  const [adding, setAdding] = useState(false)
  const [name, setName] = useState('')
  const [addError, setAddError] = useState<string | null>(null)
  // Shown until the refreshed option list arrives, so the new choice never blinks out.
  const [created, setCreated] = useState<Option[]>([])

  const known = new Set(options.map((o) => o.id))
  const data = [...options, ...created.filter((o) => !known.has(o.id))].map((o) => ({
    value: o.id,
    label: o.name,
  }))

  const cancel = () => {
    setAdding(false)
    setName('')
    setAddError(null)
  }

  const submit = () => {
    const trimmed = name.trim()
    if (!trimmed) {
      setAddError(t('addOption.required'))
      return
    }
    // Typing a name that is already on the list just picks it.
    const existing = options.find((o) => o.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase())
    if (existing) {
      onChange(existing.id)
      cancel()
      return
    }
    add.mutate(
      { name: trimmed },
      {
        onSuccess: (option) => {
          setCreated((list) => [...list, option])
          onChange(option.id)
          cancel()
          notifications.show({ message: t('addOption.added', { name: option.name }) })
        },
        onError: (e) => setAddError(e.fieldErrors().name ?? e.message),
      },
    )
  }

  return (
    <Stack gap={6}>
      <Select
        label={label}
        placeholder={placeholder}
        data={data}
        value={value}
        onChange={onChange}
        error={error}
        searchable
        clearable
        nothingFoundMessage={t('form.nothingFound')}
        // The add button sits beside the box, between the label and any error.
        inputContainer={(children) => (
          <Group gap="xs" wrap="nowrap">
            <div style={{ flex: 1 }}>{children}</div>
            <Tooltip label={addLabel}>
              <ActionIcon
                variant="default"
                size={36}
                aria-label={addLabel}
                aria-expanded={adding}
                onClick={() => (adding ? cancel() : setAdding(true))}
              >
                <IconPlus size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      />
      {adding && (
        <TextInput
          size="xs"
          label={newLabel}
          value={name}
          error={addError}
          autoFocus
          maxLength={80}
          // Enter adds the option instead of submitting the product form; Escape closes
          // this row instead of the whole dialog.
          data-mantine-stop-propagation="true"
          onChange={(event) => {
            setName(event.currentTarget.value)
            setAddError(null)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              submit()
            } else if (event.key === 'Escape') {
              event.preventDefault()
              cancel()
            }
          }}
          inputContainer={(children) => (
            <Group gap="xs" wrap="nowrap">
              <div style={{ flex: 1 }}>{children}</div>
              <Button size="xs" onClick={submit} loading={add.isPending}>
                {t('addOption.add')}
              </Button>
              <Button size="xs" variant="subtle" color="gray" onClick={cancel}>
                {t('addOption.cancel')}
              </Button>
            </Group>
          )}
        />
      )}
    </Stack>
  )
}
