import { describe, expect, it } from 'vitest';
import { timeTrapToken } from '../../../src/scripts/timeTrapToken.ts';

const TOKEN = 'mabc123.abcdefghijklmnopqrstuvwxyz012345';
const ok = (token = TOKEN) => new Response(JSON.stringify({ token }), { status: 200, headers: { 'Content-Type': 'application/json' } });
const status = (code: number) => new Response('{}', { status: code });
const sleep = (ms: number) => new Promise((wait) => setTimeout(wait, ms));
const fast = { firstDelayMs: 5, timeoutMs: 200 };

/** A fetch that answers from a script of outcomes, one per call, and counts the calls. */
function scripted(...outcomes: Array<Response | 'network-error' | 'stall'>) {
  const calls: number[] = [];
  const fetch = (async (_url: string, init?: RequestInit) => {
    calls.push(Date.now());
    const next = outcomes[Math.min(calls.length - 1, outcomes.length - 1)]!;
    if (next === 'network-error') throw new TypeError('Failed to fetch');
    if (next === 'stall') return new Promise((_, fail) => init!.signal!.addEventListener('abort', () => fail(init!.signal!.reason)));
    return next.clone();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('src/scripts/timeTrapToken', () => {
  it('puts the token into the form on the first answer', async () => {
    const { fetch, calls } = scripted(ok());
    let value = '';
    expect(await timeTrapToken('/t', (token) => (value = token), { ...fast, fetch }).load()).toBe(true);
    expect(value).toBe(TOKEN);
    expect(calls).toHaveLength(1);
  });

  it('tries again after a network error, a 503 and a stalled request', async () => {
    const { fetch, calls } = scripted('network-error', status(503), 'stall', ok());
    let value = '';
    expect(await timeTrapToken('/t', (token) => (value = token), { ...fast, timeoutMs: 50, fetch }).load()).toBe(true);
    expect(value).toBe(TOKEN);
    expect(calls).toHaveLength(4);
  });

  it('waits longer before each further try', async () => {
    const { fetch, calls } = scripted('network-error', 'network-error', 'network-error', ok());
    await timeTrapToken('/t', () => {}, { ...fast, firstDelayMs: 40, fetch }).load();
    const pauses = calls.slice(1).map((at, index) => at - calls[index]!);
    expect(pauses[0]).toBeGreaterThanOrEqual(35);
    expect(pauses[1]).toBeGreaterThanOrEqual(75);
    expect(pauses[2]).toBeGreaterThanOrEqual(155);
  });

  it('gives up after the bounded number of tries and leaves the field empty', async () => {
    const { fetch, calls } = scripted('network-error');
    let value = '';
    expect(await timeTrapToken('/t', (token) => (value = token), { ...fast, attempts: 4, fetch }).load()).toBe(false);
    expect(calls).toHaveLength(4);
    expect(value).toBe('');
  });

  it('asks again when the service does not know the post yet', async () => {
    const { fetch, calls } = scripted(status(404), ok());
    expect(await timeTrapToken('/t', () => {}, { ...fast, fetch }).load()).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('renews an old token and swaps it in only once the new one is old enough for the time trap', async () => {
    const { fetch, calls } = scripted(ok('first.token'), ok('second.token'));
    let now = 0;
    const values: string[] = [];
    let swapped!: () => void;
    const swap = new Promise<void>((done) => (swapped = done));
    const token = timeTrapToken('/t', (next) => (values.push(next), next === 'second.token' && swapped()), { ...fast, fetch, refreshMs: 1_000, settleMs: 30, now: () => now });
    await token.load();
    now = 999;
    await token.refreshIfOld();
    expect(calls).toHaveLength(1);
    now = 1_000;
    const asked = Date.now();
    await token.refreshIfOld();
    expect(calls).toHaveLength(2);
    expect(values).toEqual(['first.token']);
    await swap;
    expect(Date.now() - asked).toBeGreaterThanOrEqual(25);
    token.stop();
  });

  it('renews on its timer even when the clock says a moment less has gone by', async () => {
    // Timers may fire before Date.now() shows the full time (coarsened in browsers, a lagging loop in Node);
    // the renewal used to check the clock, return, and never run again. Here the clock stands still.
    const { fetch, calls } = scripted(ok('first.token'), ok('second.token'));
    let swapped!: () => void;
    const swap = new Promise<void>((done) => (swapped = done));
    const token = timeTrapToken('/t', (next) => next === 'second.token' && swapped(), { ...fast, fetch, refreshMs: 50, settleMs: 10, now: () => 0 });
    await token.load();
    const stalled = new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`no renewal after 5 s: ${calls.length} calls`)), 5_000).unref());
    await Promise.race([swap, stalled]);
    token.stop();
    expect(calls).toHaveLength(2);
  });

  it('renews on its own timer before the token expires', async () => {
    const { fetch, calls } = scripted(ok('first.token'), ok('second.token'));
    let swapped!: () => void;
    const swap = new Promise<void>((done) => (swapped = done));
    const token = timeTrapToken('/t', (next) => next === 'second.token' && swapped(), { ...fast, fetch, refreshMs: 50, settleMs: 10 });
    await token.load();
    await swap;
    token.stop();
    expect(calls).toHaveLength(2);
  });
});
