let audio: AudioContext | null = null

/**
 * A short low tone when a scan is refused: at a busy counter the cashier is looking at the
 * customer, not the screen. Silent where audio is unavailable.
 */
export function errorBeep(): void {
  try {
    audio ??= new AudioContext()
    const tone = audio.createOscillator()
    const volume = audio.createGain()
    tone.type = 'square'
    tone.frequency.value = 220
    volume.gain.value = 0.04
    tone.connect(volume).connect(audio.destination)
    tone.start()
    tone.stop(audio.currentTime + 0.25)
  } catch {
    // No audio device (or no Web Audio): the message on screen is enough.
  }
}
