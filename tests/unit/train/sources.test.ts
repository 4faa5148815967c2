import { describe, expect, it } from 'vitest';
import { tweetText } from '../../../scripts/train/sources';

describe('tweetText', () => {
  it('removes handles and links, also a link split by a space, and decodes entities', () => {
    expect(
      tweetText('@Support my order &amp; refund? see https: //example.com/a/b and http://x.co/1\n'),
    ).toBe('my order & refund? see and');
  });
});
