import type { KnowledgeStatus } from '../../../gql/graphql';
import { useMessages } from '../../../i18n/language';
import { Tag, type TagTone } from '../../../ui/Tag';
import { knowledgeMessages } from '../messages';

const TONES: Record<KnowledgeStatus, TagTone> = { DRAFT: 'draft', IN_REVIEW: 'primary', PUBLISHED: 'success', ARCHIVED: 'muted' };

export function KnowledgeStatusTag({ status }: { status: KnowledgeStatus }) {
  const m = useMessages(knowledgeMessages);
  return <Tag tone={TONES[status]}>{m.status[status]}</Tag>;
}
