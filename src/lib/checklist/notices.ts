/**
 * The notices a checklist shows until the reader dismisses them or acts on them: storage trouble,
 * content changes since the progress was saved, a shared link's offer, an import's outcome and
 * texts cut to fit. At most one notice of each kind is shown; a newer one replaces it.
 */
import type { Shortened } from './items-codec.ts';
import type { ContentChanges } from './reconcile.ts';
import type { Progress } from './state.ts';

/** Something the reader must be told, shown until dismissed or acted on. */
export type Notice =
  | { kind: 'unavailable'; how: 'write' | 'read' }
  | { kind: 'unreadable'; problem: string; key: string | undefined; raw: string }
  | { kind: 'changed'; changes: ContentChanges }
  | { kind: 'share'; items: Progress; changes: ContentChanges; ignoredNote: string }
  | { kind: 'loaded' }
  | { kind: 'imported'; file: string; done: number; changes: ContentChanges | undefined }
  | { kind: 'import-failed'; file: string; problem: string }
  | { kind: 'shortened'; source: string; cut: Shortened };

export type NoticeKind = Notice['kind'];

/** The notices with `notice` added last, replacing one of its kind. */
export function withNotice(notices: readonly Notice[], notice: Notice): Notice[] {
  return [...notices.filter((n) => n.kind !== notice.kind), notice];
}

/** The notices without those of the given kinds. */
export function withoutNotices(notices: readonly Notice[], ...kinds: NoticeKind[]): Notice[] {
  return notices.filter((n) => !kinds.includes(n.kind));
}
