import type { Services } from '../../core/services'
import type { PartialHandlerTable } from '../handler-types'

export function catalogHandlers(
  services: Services,
): PartialHandlerTable<
  | 'catalog:options'
  | 'catalog:search'
  | 'catalog:get'
  | 'catalog:byBarcode'
  | 'catalog:create'
  | 'catalog:update'
  | 'catalog:addCategory'
  | 'catalog:addWorkshop'
> {
  const { catalog } = services
  return {
    'catalog:options': { permission: 'app.use', handle: () => catalog.options() },
    'catalog:search': {
      permission: 'app.use',
      handle: (i) => catalog.search(i.query, i.limit, i.includeInactive),
    },
    'catalog:get': { permission: 'app.use', handle: (i) => catalog.get(i.id) },
    'catalog:byBarcode': {
      permission: 'app.use',
      handle: (i) => catalog.byBarcode(i.barcode),
    },
    'catalog:create': {
      permission: 'manage.products',
      handle: (i) => catalog.create(i),
    },
    'catalog:update': {
      permission: 'manage.products',
      handle: (i) => catalog.update(i),
    },
    'catalog:addCategory': {
      permission: 'manage.products',
      handle: (i) => catalog.addCategory(i.name),
    },
    'catalog:addWorkshop': {
      permission: 'manage.products',
      handle: (i) => catalog.addWorkshop(i.name),
    },
  }
}
