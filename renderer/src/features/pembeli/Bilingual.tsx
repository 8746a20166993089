import { Text, type TextProps } from '@mantine/core'

interface Props extends TextProps {
  id: string
  en: string
  /** The English line's size relative to the Indonesian one. */
  enScale?: number
}

/**
 * Indonesian first, English under it in a lighter tone: the buyer at the booth may be from
 * anywhere, so the screen never waits for a language to be chosen. One line if they agree.
 */
export function Bilingual({ id, en, enScale = 0.7, fz, ...props }: Props) {
  return (
    <div>
      <Text fz={fz} lang="id" {...props}>
        {id}
      </Text>
      {en !== id && (
        <Text
          fz={typeof fz === 'string' ? `calc(${fz} * ${enScale})` : fz}
          lang="en"
          c="dimmed"
          fs="italic"
          {...props}
          style={{ opacity: 0.85 }}
        >
          {en}
        </Text>
      )}
    </div>
  )
}

/** A short label in both languages on one line: `Kembalian · Change`. */
export const bothLabels = (id: string, en: string) => (id === en ? id : `${id} · ${en}`)
