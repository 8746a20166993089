import { Button, Group } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState, type ReactNode } from 'react'
import type { Channel, InputOf, OutputOf } from '../../../../shared/contract'
import { SettingsCard } from './SettingsCard'
import { useGuardedSave } from './use-guarded-save'

/** What the card hands its input: the number being edited and main's complaint about it. */
export interface NumberField {
  value: number
  onChange: (value: number | string) => void
  error: string | null
}

interface Props<C extends Channel> {
  id: string
  title: string
  saveLabel: string
  initial: number
  channel: C
  /** The channel's input for the number typed. */
  input: (value: number) => InputOf<C>
  /** The field of main's VALIDATION error that belongs under the input. */
  errorField: string
  savedMessage: (saved: OutputOf<C>) => string
  /** The input itself (whole Rupiah, minutes, …), given the field's value and error. */
  children: (field: NumberField) => ReactNode
}

/**
 * One number with a save button, saved through main (a supervisor may approve a refused
 * change): the shape of the till's single-number settings, such as auto-lock and the
 * cash paid-out limit.
 */
export function NumberSettingCard<C extends Channel>(props: Props<C>) {
  const { save, pending, dialog } = useGuardedSave()
  const [value, setValue] = useState<number>(props.initial)
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    setError(null)
    void save(props.channel, props.input(value), {
      onSuccess: (saved) =>
        notifications.show({ color: 'teal', message: props.savedMessage(saved) }),
      onError: (e) => setError(e.fieldErrors()[props.errorField] ?? e.message),
    })
  }

  return (
    <SettingsCard id={props.id} title={props.title}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
        noValidate
      >
        <Group align="flex-end" gap="sm">
          {props.children({
            value,
            onChange: (next) => setValue(typeof next === 'number' ? next : 0),
            error,
          })}
          <Button type="submit" color="teal.9" loading={pending}>
            {props.saveLabel}
          </Button>
        </Group>
      </form>
      {dialog}
    </SettingsCard>
  )
}
