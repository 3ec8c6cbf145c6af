import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/lib/content/blocks.ts';

const body = `第一段，有[链接](https://example.org/)。

<Opinion id="cao-lei-1" />

<OmittedImage caption="（图注）" />

第二段
仍是第二段。

## 小标题

| a | b |
| - | - |
| 1 | 2 |
`;

describe('parseBlocks', () => {
  it('lists the top-level blocks in order with their lines', () => {
    expect(parseBlocks(body)).toEqual([
      { kind: 'paragraph', text: '第一段，有链接。', n: 1, line: 1 },
      { kind: 'opinion', id: 'cao-lei-1', line: 3 },
      { kind: 'omitted-image', caption: '（图注）', line: 5 },
      { kind: 'paragraph', text: '第二段\n仍是第二段。', n: 2, line: 7 },
      { kind: 'other', type: 'heading', line: 10 },
      { kind: 'other', type: 'table', line: 12 },
    ]);
  });
});
