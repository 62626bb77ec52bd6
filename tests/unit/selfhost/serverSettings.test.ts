import { describe, expect, it } from 'vitest';
import { serverSettings } from '../../../scripts/serverSettings.ts';

describe('scripts/serverSettings', () => {
  it('serves on localhost:4321 by default', () => {
    expect(serverSettings({})).toEqual({ port: 4321, hostname: 'localhost' });
  });

  it('takes PORT and HOST from the environment', () => {
    expect(serverSettings({ PORT: '8080', HOST: '0.0.0.0' })).toEqual({ port: 8080, hostname: '0.0.0.0' });
  });

  it('names PORT when it is not a port number', () => {
    expect(() => serverSettings({ PORT: 'achtzig' })).toThrow(/PORT/);
    expect(() => serverSettings({ PORT: '70000' })).toThrow(/PORT/);
  });
});
