/**
 * English must have exactly the Indonesian keys, each a string: the compiler catches a
 * missing translation, and a unit test catches an extra one.
 */
export type Translation<T> = {
  [K in keyof T]: T[K] extends string ? string : Translation<T[K]>
}
