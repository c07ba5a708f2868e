import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has defaults for a first start', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.KOPPEL_DEMO_DATA).toBe('on');
    expect(config.KOPPEL_DATA_DIR).toBe('.koppel');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(4000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ KOPPEL_DEMO_DATA: 'maybe' }, 'KOPPEL_DEMO_DATA'],
    [{ KOPPEL_DB_POOL_SIZE: '0' }, 'KOPPEL_DB_POOL_SIZE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses %o with one line naming %s', (env, variable) => {
    try {
      loadConfig(env);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^${variable}: `));
      expect(problems[0]).not.toContain('\n');
    }
  });

  it('reports every problem at once', () => {
    expect(() => loadConfig({ PORT: 'x', KOPPEL_DEMO_DATA: 'y' })).toThrow(/PORT[\s\S]*KOPPEL_DEMO_DATA/);
  });
});
