import type { Locale } from '@koppel/reference-data';
import MarkdownIt from 'markdown-it';
import { AUDIENCES, type Audience, type KnowledgeItem, type KnowledgeSource } from './knowledge.entity.js';

/**
 * The long answer as safe HTML: markdown-it with raw HTML off (`html: false` escapes every tag, so a
 * `<script>` arrives as text), its link check (no `javascript:`, `vbscript:`, `file:` or `data:` links),
 * no images (a picture from elsewhere would track readers), and links that open without handing over
 * the page (`rel="nofollow noopener noreferrer"`). Inputs refuse HTML already; this holds even for
 * texts that reached the database another way.
 */
const markdown = new MarkdownIt('default', { html: false, linkify: false, typographer: false, breaks: false }).disable('image');

const renderLinkOpen = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet('rel', 'nofollow noopener noreferrer');
  return renderLinkOpen ? renderLinkOpen(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

const LABELS = {
  source: { nl: 'Bron', en: 'Source' },
  sources: { nl: 'Bronnen', en: 'Sources' },
  audiences: { nl: 'Voor', en: 'For' },
  themes: { nl: "Thema's", en: 'Themes' },
  briefing: { nl: 'Kennisbank — briefing', en: 'Knowledge library — briefing' },
  compiled: { nl: 'Samengesteld op', en: 'Compiled on' },
} as const;

export const AUDIENCE_LABELS: Record<Audience, { nl: string; en: string }> = {
  MEDIA: { nl: 'media', en: 'media' },
  POLITICS: { nl: 'politiek', en: 'politics' },
  PUBLIC: { nl: 'publiek', en: 'the public' },
  PROFESSIONALS: { nl: 'professionals', en: 'professionals' },
};

/** "Title, Publisher, 2024, https://…": a source in one line of plain text. */
export function sourceLine(source: KnowledgeSource): string {
  return [source.title, source.publisher, source.year, source.url]
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join(', ');
}

/**
 * The short answer as a quote that carries its source: `“…” — Organisation (Bron: title, publisher,
 * year, url)`. Plain text, for pasting into an e-mail or a press text.
 */
export function quoteOf(item: Pick<KnowledgeItem, 'shortAnswer' | 'sources'>, organisationName: string, locale: Locale): string {
  const [source] = item.sources;
  const quote = `“${item.shortAnswer}” — ${organisationName}`;
  return source ? `${quote} (${LABELS.source[locale]}: ${sourceLine(source)})` : quote;
}

/** Text that Markdown would read as markup (a title with `*` or `[`), escaped. */
const escapeMarkdown = (text: string) => text.replace(/([\\`*_{}[\]()#+!|<>~-])/g, '\\$1');

export interface CollectionEntry {
  item: Pick<KnowledgeItem, 'question' | 'shortAnswer' | 'longAnswer' | 'sources' | 'audiences'>;
  organisationName: string;
  themeNames: string[];
}

/**
 * A briefing: the chosen items as one Markdown document, each with its short answer as a quote, the
 * long answer as written (Markdown already, without HTML), and its sources as links.
 */
export function collectionMarkdown(entries: readonly CollectionEntry[], locale: Locale, today: string): string {
  const parts = [`# ${LABELS.briefing[locale]}`, '', `_${LABELS.compiled[locale]} ${today}._`, ''];
  for (const { item, organisationName, themeNames } of entries) {
    parts.push(`## ${escapeMarkdown(item.question)}`, '', `> ${escapeMarkdown(item.shortAnswer)}`, '');
    if (item.longAnswer.trim()) parts.push(item.longAnswer.trim(), '');
    if (item.sources.length) {
      parts.push(`**${LABELS.sources[locale]}**`, '');
      for (const source of item.sources) {
        const details = [source.publisher, source.year].filter((part) => part !== null && part !== undefined && part !== '');
        parts.push(
          `- [${escapeMarkdown(source.title)}](<${source.url}>)${details.length ? ` — ${escapeMarkdown(details.join(', '))}` : ''}`,
        );
      }
      parts.push('');
    }
    const audiences = AUDIENCES.filter((a) => item.audiences.includes(a)).map((a) => AUDIENCE_LABELS[a][locale]);
    parts.push(
      `_${escapeMarkdown(organisationName)} · ${LABELS.themes[locale]}: ${themeNames.join(', ')} · ${LABELS.audiences[locale]}: ${audiences.join(', ')}_`,
      '',
      '---',
      '',
    );
  }
  return parts.join('\n');
}
