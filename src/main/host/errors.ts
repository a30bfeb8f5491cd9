/** A failure the caller should see as it is (a bad import file, an unknown phrase), not as an internal error. */
import type { ERROR_CODES } from '../../shared/schemas';

export class HandlerError extends Error {
  constructor(
    readonly code: (typeof ERROR_CODES)[number],
    message: string,
  ) {
    super(message);
  }
}
