import { Alert, Button, Group } from '@mantine/core'
import type { ApiError } from '../../api/client'

/** Main's refusal, unless a field already shows it under the input it names. */
export const unfieldedError = (error: ApiError | null): string | null =>
  error && !Object.keys(error.fieldErrors()).length ? error.message : null

/**
 * The end of every Stok form: what main refused (if no field shows it), then Cancel and the
 * form's one action.
 */
export function StockFormFooter(props: {
  error: string | null
  cancelLabel: string
  onCancel: () => void
  submitLabel: string
  onSubmit: () => void
  pending: boolean
  /** Red for actions that end something (closing an exhibition). */
  danger?: boolean
}) {
  return (
    <>
      {props.error && (
        <Alert color="red" role="alert">
          {props.error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={props.onCancel}>
          {props.cancelLabel}
        </Button>
        <Button
          {...(props.danger ? { color: 'red' } : {})}
          onClick={props.onSubmit}
          loading={props.pending}
        >
          {props.submitLabel}
        </Button>
      </Group>
    </>
  )
}
