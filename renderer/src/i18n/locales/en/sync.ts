import type { sync as id } from '../id/sync'
import type { Translation } from '../../translation-type'

export const sync: Translation<typeof id> = {
  tab: 'Sync',
  title: 'Hub (several tills)',
  description:
    'This till keeps selling with no network. Joined to the showroom’s PostgreSQL hub, it sends its sales and stock movements there and takes the catalogue, prices, users and shared locations’ stock from it.',
  notJoined: 'This till has not joined a hub and works on its own, as always.',
  joinTitle: 'Join a hub',
  host: 'Hub address',
  port: 'Port',
  database: 'Database',
  role: 'Till role name',
  password: 'Till password',
  credentialsHint: 'The role name and password are issued by the hub admin for this till only.',
  join: 'Join',
  joined: 'Joined {{host}}:{{port}} ({{database}}) as {{role}}.',
  lastSync: 'Last sync: {{at}} {{zone}}',
  neverSynced: 'Not synced yet.',
  waiting: 'Rows waiting to be sent: {{count}}',
  lastError: 'The last sync failed ({{at}} {{zone}}): {{message}}',
  syncNow: 'Sync now',
  synced:
    'Synced: {{uploaded}} rows sent, {{masterRows}} master rows and {{sharedMovements}} stock movements received.',
  leave: 'Leave the hub',
  leaveConfirm: 'Leave the hub? What was sent stays on the hub; new sales wait on this till.',
  timeZone: 'WIB',
}
