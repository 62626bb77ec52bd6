import type { Context } from 'hono';

/** What an entry point may tell the app about the connection (Netlify passes `context.ip`). */
export interface AppBindings {
  clientIp?: string;
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's IP address. With `trustProxy` = n, the n-th address from the
 * right of X-Forwarded-For (each trusted proxy appends the address it saw);
 * otherwise the header is ignored, since any client can send one.
 */
export function clientIp<E extends { Bindings: AppBindings }>(c: Context<E>, trustProxy: number): string | null {
  if (c.env?.clientIp) return c.env.clientIp;
  if (trustProxy > 0) {
    const chain = (c.req.header('x-forwarded-for') ?? '').split(',').map((part) => part.trim()).filter(Boolean);
    const address = chain[chain.length - trustProxy];
    if (address) return address;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? null;
}
