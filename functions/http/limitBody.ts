import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './apiError.ts';
import { MAX_BODY_BYTES } from './readRequestBody.ts';

/** Refuses a request body over MAX_BODY_BYTES with `413 payload-too-large`, counted as it streams in. */
export const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiError(413, 'payload-too-large');
  },
});
