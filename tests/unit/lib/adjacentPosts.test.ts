import { describe, expect, it } from 'vitest';
import { adjacentPosts } from '../../../src/lib/adjacentPosts.ts';

const newestFirst = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];

describe('lib/adjacentPosts', () => {
  it('links the older post as previous and the newer as next', () => {
    expect(adjacentPosts(newestFirst, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
  });

  it('has no next post for the newest and no previous for the oldest', () => {
    expect(adjacentPosts(newestFirst, 'c')).toEqual({ previous: { id: 'b' }, next: undefined });
    expect(adjacentPosts(newestFirst, 'a')).toEqual({ previous: undefined, next: { id: 'b' } });
  });

  it('returns nothing for an unknown id', () => {
    expect(adjacentPosts(newestFirst, 'x')).toEqual({});
  });
});
