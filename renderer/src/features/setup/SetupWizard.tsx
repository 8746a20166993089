import { Alert, Button, Container, Group, Paper, Stack, Stepper, Title } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isLocale } from '../../../../shared/locale'
import type { ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'
import { LanguageSwitch } from '../../app/LanguageSwitch'
import { BackupSettingsCard } from '../pengaturan/data/BackupSettingsCard'
import { PrinterSection } from '../pengaturan/printer/PrinterSection'
import { AdminStep } from './AdminStep'
import { CatalogueStep } from './CatalogueStep'
import { LanguageStep } from './LanguageStep'
import { RecoveryStep } from './RecoveryStep'
import { RestorePanel } from './RestorePanel'
import {
  checkStep,
  emptySetup,
  fieldOfPath,
  toSetupInput,
  type SetupErrors,
  type SetupValues,
} from './setup-form'
import { ShopStep } from './ShopStep'
import { TillStep } from './TillStep'

const steps = [
  'language',
  'shop',
  'till',
  'admin',
  'printer',
  'backup',
  'catalogue',
  'recovery',
] as const
const ADMIN = steps.indexOf('admin')

/** What can take the focus in a step, in page order; a radio group is entered at its choice. */
const FIELDS =
  'input[type="radio"]:checked, input:not([type="radio"]):not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])'

/**
 * The first run on an empty data folder. Steps 1–4 are collected here and written by main in
 * one `setup:complete` when the admin's PIN is saved; until then main refuses everything else.
 * Steps 5–7 run as that admin, signed in, and may be skipped. Step 8 shows the chain key's
 * recovery code (its one showing without a PIN) and is not skipped.
 */
export function SetupWizard({ onFinish }: { onFinish: () => void }) {
  const { t, i18n } = useTranslation('setup')
  const [active, setActive] = useState(0)
  const [restoring, setRestoring] = useState(false)
  const [values, setValues] = useState<SetupValues>(emptySetup)
  const [errors, setErrors] = useState<SetupErrors>({})
  const complete = useChannelMutation('setup:complete')
  // Held here, not in the step: the free showing is spent once, whatever the user clicks.
  const reveal = useChannelMutation('evidence:recoveryCode')
  const [training, setTraining] = useState(false)
  const set = (field: keyof SetupValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    setErrors((e) => ({ ...e, [field]: undefined }))
  }
  const messages = {
    required: t('admin.required'),
    code: t('till.codeInvalid'),
    pin: t('admin.pinInvalid'),
    mismatch: t('admin.pinMismatch'),
  }
  const done = active > ADMIN
  // The wizard takes the focus on first start and at every step: the first Tab or key lands in
  // the step's first field (or, while a step is still loading, in the step itself).
  const stepRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const box = stepRef.current
    if (!box) return
    const first = box.querySelector<HTMLElement>(FIELDS)
    ;(first ?? box).focus()
  }, [active, restoring])

  const next = () => {
    const step = steps[active]
    if (step === 'shop' || step === 'till' || step === 'admin') {
      const found = checkStep(step, values, messages)
      setErrors(found)
      if (Object.keys(found).length > 0) return
    }
    if (step !== 'admin') return setActive(active + 1)
    const locale = isLocale(i18n.language) ? i18n.language : 'id'
    complete.mutate(toSetupInput(values, locale), {
      onSuccess: () => setActive(active + 1),
      onError: (error: ApiError) => {
        const fields: SetupErrors = {}
        for (const [path, message] of Object.entries(error.fieldErrors())) {
          const field = fieldOfPath[path]
          if (field) fields[field] = message
        }
        setErrors(fields)
        // Send the user back to the step that holds the first refused field.
        const back = Object.keys(fields).some((f) =>
          ['shopName', 'address', 'phone', 'npwp'].includes(f),
        )
          ? steps.indexOf('shop')
          : fields.tillCode
            ? steps.indexOf('till')
            : active
        setActive(back)
      },
    })
  }

  const body = (step: (typeof steps)[number]) => {
    switch (step) {
      case 'language':
        return restoring ? (
          <RestorePanel onCancel={() => setRestoring(false)} />
        ) : (
          <LanguageStep onRestore={() => setRestoring(true)} />
        )
      case 'shop':
        return <ShopStep values={values} errors={errors} set={set} />
      case 'till':
        return <TillStep values={values} errors={errors} set={set} />
      case 'admin':
        return <AdminStep values={values} errors={errors} set={set} />
      case 'printer':
        return <PrinterSection />
      case 'backup':
        return <BackupSettingsCard />
      case 'catalogue':
        return (
          <CatalogueStep
            onDone={(choice) => {
              setTraining(choice.training)
              if (reveal.isIdle) reveal.mutate({ pin: null })
              setActive(steps.indexOf('recovery'))
            }}
          />
        )
      case 'recovery':
        return (
          <RecoveryStep
            code={reveal.data?.code ?? null}
            error={reveal.error?.message ?? null}
            training={training}
            onFinish={onFinish}
          />
        )
    }
  }

  return (
    <Container component="main" size="lg" py="md">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={1} size="h3">
              {t('title')}
            </Title>
            <LanguageSwitch />
          </Group>
          <Stepper active={active} size="sm" allowNextStepsSelect={false}>
            {steps.map((step, index) => (
              <Stepper.Step
                key={step}
                label={t(`steps.${step}`)}
                // Before the admin exists nothing is saved, so going back is free; after it,
                // the first four steps are done and belong to Pengaturan.
                allowStepSelect={done ? index > ADMIN && index < active : index < active}
              >
                <div ref={stepRef} tabIndex={-1} role="group" aria-label={t(`steps.${step}`)}>
                  {body(step)}
                </div>
              </Stepper.Step>
            ))}
          </Stepper>
          {complete.error && Object.keys(complete.error.fieldErrors()).length === 0 ? (
            <Alert color="red" role="alert">
              {complete.error.message}
            </Alert>
          ) : null}
          {restoring || steps[active] === 'catalogue' || steps[active] === 'recovery' ? null : (
            <Group justify="space-between">
              <Button
                variant="default"
                onClick={() => setActive(active - 1)}
                disabled={active === 0 || active === ADMIN + 1}
              >
                {t('back')}
              </Button>
              <Group>
                {done ? (
                  <Button variant="subtle" onClick={() => setActive(active + 1)}>
                    {t('skip')}
                  </Button>
                ) : null}
                <Button onClick={next} loading={complete.isPending}>
                  {steps[active] === 'admin' ? t('admin.save') : t('next')}
                </Button>
              </Group>
            </Group>
          )}
        </Stack>
      </Paper>
    </Container>
  )
}
