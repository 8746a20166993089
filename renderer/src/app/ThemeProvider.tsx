import {
  createTheme,
  Drawer,
  MantineProvider,
  Modal,
  MultiSelect,
  Notification,
  Select,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core'
import { DateInput, DatesProvider, MonthPickerInput } from '@mantine/dates'
import 'dayjs/locale/id'
import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DATE_FIELD_FORMAT, parseTypedDate } from '../components/dates/typed-date'

// Mantine's teal with a darker last shade: the light buttons' text (shade 9 on shade 1)
// then passes WCAG AA contrast (≥ 4.5:1), which the stock #087f5b misses at 4.32:1.
// Shade 8 is the primary shade (filled buttons, active navigation, checked controls): white
// on #087f5b is 5.0:1, where the stock shade 6 (#12b886) is 2.55:1.
const teal: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#12b886',
  '#0ca678',
  '#087f5b',
  '#066649',
]

/**
 * Mantine's dimmed grey (#868e96) is 3.3:1 on white, under AA's 4.5:1 for the small text it
 * is used for (descriptions, hints, secondary columns); gray.7 is 8.2:1. Changed here once,
 * for every screen.
 */
const readableColors: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // A field's error text: Mantine's red-6 on white is 3.28:1; red-9 passes AA (≥ 4.5:1).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
})

/**
 * The Mantine theme, rebuilt when the language changes: the clear (×) buttons of selects and
 * the close buttons of dialogs, drawers and notifications have no text of their own, so they
 * get a translated name here instead of in each screen.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation('common')
  const theme = useMemo(() => {
    const clearButtonProps = { 'aria-label': t('actions.clear') }
    const closeButtonProps = { 'aria-label': t('actions.close') }
    // The calendar's arrows and its month/year button are icons or dates: named here.
    const ariaLabels = {
      previousMonth: t('dates.previousMonth'),
      nextMonth: t('dates.nextMonth'),
      previousYear: t('dates.previousYear'),
      nextYear: t('dates.nextYear'),
      previousDecade: t('dates.previousDecade'),
      nextDecade: t('dates.nextDecade'),
      monthLevelControl: t('dates.level'),
      yearLevelControl: t('dates.level'),
    }
    return createTheme({
      primaryColor: 'teal',
      primaryShade: 8,
      colors: { teal },
      defaultRadius: 'sm',
      components: {
        Select: Select.extend({ defaultProps: { clearButtonProps } }),
        MultiSelect: MultiSelect.extend({ defaultProps: { clearButtonProps } }),
        Modal: Modal.extend({ defaultProps: { closeButtonProps } }),
        Drawer: Drawer.extend({ defaultProps: { closeButtonProps } }),
        Notification: Notification.extend({ defaultProps: { closeButtonProps } }),
        // Every date field reads and takes dd/mm/yyyy, as the app prints dates, in both
        // languages; the browser's own date input followed the OS's locale instead.
        DateInput: DateInput.extend({
          defaultProps: {
            valueFormat: DATE_FIELD_FORMAT,
            dateParser: parseTypedDate,
            placeholder: t('dates.placeholder'),
            ariaLabels,
            popoverProps: { withinPortal: true },
          },
        }),
        MonthPickerInput: MonthPickerInput.extend({
          defaultProps: {
            valueFormat: 'MMMM YYYY',
            placeholder: t('dates.monthPlaceholder'),
            ariaLabels,
          },
        }),
      },
    })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes with the language
  }, [i18n.language])
  return (
    <MantineProvider theme={theme} cssVariablesResolver={readableColors}>
      {/* Month and day names of every calendar follow the window's language (dayjs locale). */}
      <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>
        {children}
      </DatesProvider>
    </MantineProvider>
  )
}
