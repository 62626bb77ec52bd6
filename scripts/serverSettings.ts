/** PORT and HOST of the self-hosted server, checked with a clear message. */
export function serverSettings(env: Record<string, string | undefined>): { port: number; hostname: string } {
  const port = Number(env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT muss eine Zahl zwischen 0 und 65535 sein, nicht "${env.PORT}".`);
  }
  const hostname = env.HOST?.trim() || 'localhost';
  return { port, hostname };
}
