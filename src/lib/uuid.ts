const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether an id from the address bar can name a row at all; anything else is "not found", not an error. */
export const isUuid = (value: string): boolean => UUID.test(value)
