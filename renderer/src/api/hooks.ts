import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query'
import type { Channel, InputOf, OutputOf } from '../../../shared/contract'
import { call, type ApiError } from './client'

/** Read a channel. The query key is the channel plus its input. */
export function useChannel<C extends Channel>(
  channel: C,
  input: InputOf<C>,
  options: Omit<UseQueryOptions<OutputOf<C>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OutputOf<C>, ApiError>({
    queryKey: [channel, input],
    queryFn: () => call(channel, input),
    ...options,
  })
}

/**
 * Write through a channel. On success, every cached read is refreshed: writes are rare
 * and small compared with the cost of showing a stale stock figure.
 */
export function useChannelMutation<C extends Channel>(channel: C) {
  const client = useQueryClient()
  return useMutation<OutputOf<C>, ApiError, InputOf<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: () => client.invalidateQueries(),
  })
}
