import { z } from 'astro/zod';
import { featureLinkFields } from './feature-links.ts';
import {
  checkUniqueIds,
  IdSchema,
  InlineTextSchema,
  placeIds,
  type RefFactory,
  TextSchema,
} from './shared.ts';

/**
 * The `checklists` collection: `content/checklists/<id>.yaml`. A `migration` checklist moves a
 * system from one stage to the next in phases; the `template` is the integration checklist the
 * reader fills in for any stage pair. Item ids are the keys of saved progress: renaming one
 * drops its tick, so bump `version` when items change.
 */
export function makeChecklistSchema(ref: RefFactory) {
  /** A checklist item. `**strong**` marks the words the source sets in bold. */
  const ChecklistItemSchema = z.strictObject({
    /** Stable id, unique within the checklist. */
    id: IdSchema,
    /** The item's words. */
    text: InlineTextSchema,
    ...featureLinkFields(ref),
  });

  /** A group of items under a heading ("Week 1: Reliability", "Code Integration"). */
  const SectionSchema = z.strictObject({
    /** Stable id, unique within the checklist. */
    id: IdSchema,
    /** The period the source gives the phase ("Week 1"); absent for template sections. */
    period: TextSchema.optional(),
    /** The section's name ("Reliability"). */
    title: TextSchema,
    /** Its items, in source order. */
    items: z.array(ChecklistItemSchema).min(1),
  });

  const common = {
    /** Content version; bump it when items are added, removed or renamed. */
    version: z.int().min(1),
    /** Position on the checklists page. */
    order: z.int().min(1),
    /** One sentence for search engines and link previews. */
    description: TextSchema,
  };

  const MigrationSchema = z.strictObject({
    /** A checklist that moves a system from one stage to the next. */
    kind: z.literal('migration'),
    ...common,
    /** The stage the system leaves. */
    from: ref('stages'),
    /** The stage the system reaches. */
    to: ref('stages'),
    /** The phases, in order. */
    phases: z.array(SectionSchema).min(1),
    /** The validation list that closes the migration. */
    validation: z.array(ChecklistItemSchema).min(1),
  });

  const TemplateSchema = z.strictObject({
    /** The integration checklist template, filled in for a stage pair. */
    kind: z.literal('template'),
    ...common,
    /** The title with its placeholders ("Integration Checklist: [Stage] → [Next Stage]"). */
    title: TextSchema,
    /** The source's line above the template ("For each stage transition"). */
    intro: TextSchema,
    /** The placeholders as they appear in the text, filled with the stage names. */
    placeholders: z.strictObject({
      /** The text standing for the current stage ("[Stage]"). */
      stage: TextSchema,
      /** The text standing for the next stage ("[Next Stage]"). */
      nextStage: TextSchema,
    }),
    /** The sections, in order. */
    sections: z.array(SectionSchema).min(1),
  });

  return z
    .discriminatedUnion('kind', [MigrationSchema, TemplateSchema], {
      error: 'expected kind "migration" or "template"',
    })
    .superRefine((list, ctx) => {
      const sectionKey = list.kind === 'migration' ? 'phases' : 'sections';
      const sections = list.kind === 'migration' ? list.phases : list.sections;
      checkUniqueIds(
        [
          ...placeIds(sections, [sectionKey]),
          ...sections.flatMap((s, i) => placeIds(s.items, [sectionKey, i, 'items'])),
          ...(list.kind === 'migration' ? placeIds(list.validation, ['validation']) : []),
        ],
        ctx,
        'a checklist',
      );
    });
}
export type ChecklistData = z.output<ReturnType<typeof makeChecklistSchema>>;
