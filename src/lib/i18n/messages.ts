/**
 * The shape of a namespace's strings. Each feature writes its Vietnamese strings first and types
 * the English ones as `Messages<typeof vi>`, so a key missing in either language fails to compile.
 */
export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>
}

export type MessagesModule = { default: Record<string, unknown> }
export type MessagesLoader = () => Promise<MessagesModule>
