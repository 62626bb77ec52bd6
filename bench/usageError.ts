/** Bad command-line input: printed with the usage text, without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
