import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../api/hooks'

/** Prints a closed shift's Z report; the caller shows the error (with Retry) while it stands. */
export function usePrintZ(shiftId: string) {
  const { t } = useTranslation('shift')
  const mutation = useChannelMutation('shifts:printZ')
  const print = () =>
    mutation.mutate(
      { shiftId },
      {
        onSuccess: (done) =>
          notifications.show({
            color: 'teal',
            message: t(done.copyNo > 0 ? 'z.printedCopy' : 'z.printed', {
              zNo: done.zNo,
              target: done.target,
            }),
          }),
      },
    )
  return {
    print,
    pending: mutation.isPending,
    error: mutation.isPending ? null : mutation.error,
  }
}

export type PrintZ = ReturnType<typeof usePrintZ>
