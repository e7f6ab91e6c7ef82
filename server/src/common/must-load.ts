/** Awaits a record a row points at; a dangling reference is a server fault, not a user error. */
export async function mustLoad<T>(loading: Promise<T | null>, what: string): Promise<T> {
  const value = await loading;
  if (value === null) throw new Error(`dangling reference to ${what}`);
  return value;
}
