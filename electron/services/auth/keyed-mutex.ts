/**
 * One job per key at a time, in arrival order. PIN checks use it so each person's PIN is
 * verified once at a time: a burst of parallel guesses queues instead of racing the counter.
 */
export function createKeyedMutex() {
  const tails = new Map<string, Promise<void>>()
  return async function exclusive<T>(key: string, job: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve()
    let release = () => {}
    const mine = new Promise<void>((resolve) => (release = resolve))
    const tail = previous.then(() => mine)
    tails.set(key, tail)
    try {
      await previous
      return await job()
    } finally {
      release()
      if (tails.get(key) === tail) tails.delete(key)
    }
  }
}
