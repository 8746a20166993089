/** Approval channel names (zod-free, for the preload). Kept in step with ./approvals.ts. */
export const approvalsChannelNames = ['approvals:approvers', 'approvals:request'] as const
