import { describe, expect, it } from 'vitest';
import { containsHtml } from '../core/input-rules.js';
import { collectionMarkdown, quoteOf, renderMarkdown } from './knowledge.markdown.js';

describe('renderMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['<SCRIPT SRC=//x.nl/a.js></SCRIPT>', '&lt;SCRIPT SRC=//x.nl/a.js&gt;&lt;/SCRIPT&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['<iframe src="https://x.nl"></iframe>', '&lt;iframe src=&quot;https://x.nl&quot;&gt;&lt;/iframe&gt;'],
    ['<a href="javascript:alert(1)">x</a>', '&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;'],
    ['<div>\n\n<script>alert(1)</script>\n\n</div>', '&lt;div&gt;'],
    ['`<script>`', '<code>&lt;script&gt;</code>'],
  ])('escapes %s', (source, escaped) => {
    const html = renderMarkdown(source);
    expect(html).toContain(escaped);
    expect(html).not.toMatch(/<(script|img|iframe|div)\b/i);
  });

  it.each([
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '<javascript:alert(1)>',
  ])('makes no link of %s', (source) => {
    expect(renderMarkdown(source)).not.toMatch(/<a /);
  });

  it('shows no images: a picture from elsewhere would track the reader', () => {
    expect(renderMarkdown('![grafiek](https://tracker.example/pixel.gif)')).not.toMatch(/<img/);
  });

  it('renders Markdown, with links that open safely', () => {
    expect(renderMarkdown('# Kop\n\n**vet** en [SCP](https://www.scp.nl/)\n\n- een\n- twee')).toBe(
      '<h1>Kop</h1>\n<p><strong>vet</strong> en <a href="https://www.scp.nl/" rel="nofollow noopener noreferrer">SCP</a></p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n',
    );
  });
});

describe('containsHtml', () => {
  it.each([
    ['<b>vet</b>', true],
    ['<script>', true],
    ['</p>', true],
    ['<!-- verborgen -->', true],
    ['<?php echo 1 ?>', true],
    ['< img src=x>', true],
    ['3 < 5 en 7 > 2', false],
    ['zie <https://www.cbs.nl/>', false],
    ['mail <info@voorbeeld.nl>', false],
    ['een pijl <- hier', false],
  ])('%s → %s', (text, expected) => {
    expect(containsHtml(text)).toBe(expected);
  });
});

describe('quote and collection', () => {
  const item = {
    question: 'Werken statushouders?',
    shortAnswer: 'Steeds meer.',
    longAnswer: 'Het gaat **langzaam**.',
    audiences: ['MEDIA' as const],
    sources: [{ title: 'Asiel en integratie', url: 'https://www.cbs.nl/', publisher: 'CBS', year: 2025 }],
  };

  it('carries the source with the quote', () => {
    expect(quoteOf(item, 'Stichting A', 'nl')).toBe(
      '“Steeds meer.” — Stichting A (Bron: Asiel en integratie, CBS, 2025, https://www.cbs.nl/)',
    );
    expect(quoteOf({ ...item, sources: [] }, 'Stichting A', 'en')).toBe('“Steeds meer.” — Stichting A');
  });

  it('writes a briefing in Markdown', () => {
    expect(collectionMarkdown([{ item, organisationName: 'Stichting A', themeNames: ['beeldvorming'] }], 'nl', '2026-04-01')).toBe(
      [
        '# Kennisbank — briefing',
        '',
        '_Samengesteld op 2026-04-01._',
        '',
        '## Werken statushouders?',
        '',
        '> Steeds meer.',
        '',
        'Het gaat **langzaam**.',
        '',
        '**Bronnen**',
        '',
        '- [Asiel en integratie](<https://www.cbs.nl/>) — CBS, 2025',
        '',
        "_Stichting A · Thema's: beeldvorming · Voor: media_",
        '',
        '---',
        '',
      ].join('\n'),
    );
  });
});
