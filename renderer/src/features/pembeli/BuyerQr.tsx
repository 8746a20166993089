import { Center, Loader } from '@mantine/core'
import QRCode from 'qrcode'
import { useEffect, useState } from 'react'

interface Props {
  /** The dynamic QRIS payload main published: drawn as it is, never rebuilt here. */
  payload: string
  alt: string
  size: string
}

/** The QRIS for the buyer's phone: large, with a wide quiet zone, pixels kept sharp. */
export function BuyerQr({ payload, alt, size }: Props) {
  const [image, setImage] = useState<{ payload: string; url: string } | null>(null)
  useEffect(() => {
    let live = true
    QRCode.toDataURL(payload, { errorCorrectionLevel: 'M', margin: 4, width: 600 })
      .then((url) => {
        if (live) setImage({ payload, url })
      })
      .catch(() => {
        if (live) setImage(null)
      })
    return () => {
      live = false
    }
  }, [payload])
  if (!image || image.payload !== payload) {
    return (
      <Center w={size} h={size}>
        <Loader />
      </Center>
    )
  }
  return (
    <img
      src={image.url}
      alt={alt}
      style={{ width: size, height: size, imageRendering: 'pixelated', background: 'white' }}
    />
  )
}
