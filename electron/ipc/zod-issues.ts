import type { z } from 'zod'
import type { IssueSpec } from '../services/core/errors'

/** Maps zod's issues onto our stable field codes; the router translates them. */
export function toIssueSpecs(error: z.ZodError): IssueSpec[] {
  return error.issues.map((issue): IssueSpec => {
    const path = issue.path.map(String).join('.')
    switch (issue.code) {
      case 'too_small':
        if (issue.origin === 'string' && Number(issue.minimum) <= 1)
          return { path, code: 'REQUIRED' }
        if (issue.origin === 'array') return { path, code: 'REQUIRED' }
        return { path, code: 'TOO_SMALL', params: { min: Number(issue.minimum) } }
      case 'too_big':
        return issue.origin === 'string'
          ? { path, code: 'TOO_LONG', params: { max: Number(issue.maximum) } }
          : { path, code: 'TOO_BIG', params: { max: Number(issue.maximum) } }
      case 'invalid_type':
        if (issue.expected === 'int') return { path, code: 'NOT_INTEGER' }
        return { path, code: issue.input === undefined ? 'REQUIRED' : 'INVALID_VALUE' }
      case 'invalid_format':
        return { path, code: 'INVALID_FORMAT' }
      case 'custom':
        // Refinements name their field code (schemas.ts); any other is just an invalid value.
        return issue.params?.code === 'CONTROL_CHARACTER'
          ? { path, code: 'CONTROL_CHARACTER' }
          : { path, code: 'INVALID_VALUE' }
      case 'unrecognized_keys':
        return { path: [path, ...issue.keys].filter(Boolean).join('.'), code: 'INVALID_VALUE' }
      default:
        return { path, code: 'INVALID_VALUE' }
    }
  })
}
