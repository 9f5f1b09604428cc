import { z } from 'astro/zod';
import { featureLinkFields } from './feature-links.ts';
import {
  checkUniqueIds,
  placeIds,
  DurationSchema,
  DocNeedSchema,
  IdSchema,
  InlineTextSchema,
  ItemSchema,
  PrioritySchema,
  type RefFactory,
  RequirementLevelSchema,
  TextSchema,
} from './shared.ts';

/**
 * The `stages` collection: `content/stages/<id>.mdx`, one per lifecycle stage. The frontmatter
 * holds every fact the source gives the stage; the MDX body holds optional site-written notes.
 * Renaming a stage id or an item id breaks saved progress and shared links.
 */
export function makeStageSchema(ref: RefFactory) {
  /** A list item that may name the pieces of infrastructure it is about. */
  const FeatureItemSchema = ItemSchema.extend(featureLinkFields(ref));

  /** A named list inside a section: a checklist to tick, or plain bullets. */
  const NamedListSchema = z.strictObject({
    /** Stable id of the list, unique within the stage. */
    id: IdSchema,
    /** The list's heading in the source ("If Validated", "Must Do"); absent when it has none. */
    title: TextSchema.optional(),
    /** `checklist` for the source's `- [ ]` lists, `bullets` for plain lists. */
    kind: z.enum(['checklist', 'bullets']),
    /** The list's items. */
    items: z.array(ItemSchema).min(1),
  });

  return z
    .strictObject({
      /** Position in the lifecycle, 1 for the first stage. */
      order: z.int().min(1),
      /** Full name, as the source's stage heading gives it ("Proof of Concept"). */
      name: TextSchema,
      /** Short name used in tables and badges ("POC"). */
      shortName: TextSchema,
      /** One-sentence description for search engines and link previews. */
      description: TextSchema,
      /** The next stage in the lifecycle; absent for the last stage. */
      next: ref('stages').optional(),
      /** The stage's focus, as the lifecycle diagram labels it. */
      focus: TextSchema,
      /** The stage's row of the Stage Characteristics table. */
      characteristics: z.strictObject({
        /** How long the stage lasts ("1-4 weeks", "Ongoing"). */
        duration: TextSchema,
        /** What the stage is for. */
        goal: TextSchema,
        /** How many users it serves. */
        users: TextSchema,
        /** What its infrastructure looks like. */
        infrastructure: TextSchema,
        /** How many developers work on it. */
        teamSize: TextSchema,
      }),
      /** What carries a system out of this stage, as the Summary's stage progression says. */
      progressionNote: TextSchema,
      /** The stage's row of the Time-Boxed Stages table; absent where the source has none. */
      timeBox: z
        .strictObject({
          /** The maximum duration in the source's words ("4 weeks", "Ongoing"). */
          maxDuration: TextSchema,
          /** The same limit as a number, for date arithmetic; absent when the stage is ongoing. */
          limit: DurationSchema.optional(),
          /** What the integration requires, in the source's words. */
          integrationRequired: TextSchema,
          /**
           * For an ongoing stage with no limit: how often its recurring review falls due, where
           * the source gives a cadence (Production's "Regular infrastructure audits (quarterly)").
           * `item` is the id of the integration checkpoint item whose words state it.
           */
          cadence: DurationSchema.extend({
            /** The id of the `integrationCheckpoint` list item that states the cadence. */
            item: IdSchema,
          }).optional(),
        })
        .optional(),
      /** The stage's goals. */
      goals: z.array(ItemSchema).min(1),
      /** The stage's success criteria (a checklist in the source). */
      successCriteria: z.array(FeatureItemSchema).min(1),
      /** Infrastructure requirements, one group per level, in source order. */
      requirements: z
        .array(
          z.strictObject({
            /** The level every item of the group has. */
            level: RequirementLevelSchema,
            /** The group's heading in the source ("Must Have (Add from POC)", "Don't Need Yet"). */
            heading: TextSchema,
            /** The requirements. */
            items: z.array(FeatureItemSchema).min(1),
          }),
        )
        .min(1),
      /** Priorities P0, P1, P2; items are numbered across the bands in this order. */
      priorities: z
        .array(
          z.strictObject({
            /** The band. */
            level: PrioritySchema,
            /** The prioritised work. */
            items: z.array(FeatureItemSchema).min(1),
          }),
        )
        .min(1),
      /** Documentation needs: which documents are essential, for reference, or to skip. */
      docs: z
        .array(
          z.strictObject({
            /** Essential, Reference or Skip. */
            need: DocNeedSchema,
            /** The documents. */
            items: z
              .array(
                z
                  .strictObject({
                    /** Stable id within the stage. */
                    id: IdSchema,
                    /** The topic page of the document, where the source links one. */
                    topic: ref('topics').optional(),
                    /** The source's words where they are not a topic's title ("All previous stage documentation"). */
                    label: TextSchema.optional(),
                    /** The priority the source gives the document at this stage. */
                    priority: PrioritySchema.optional(),
                    /** The source's qualifier in parentheses ("basic", "comprehensive", "if needed"). */
                    qualifier: TextSchema.optional(),
                    /** The source's short note after the link ("What works"). */
                    note: TextSchema.optional(),
                    /** Whether the item stands for every document an earlier stage lists ("All previous stage documentation"). */
                    allEarlier: z.boolean().optional(),
                    ...featureLinkFields(ref),
                  })
                  .refine((doc) => doc.topic !== undefined || doc.label !== undefined, {
                    error: 'expected a topic, a label or both',
                  }),
              )
              .min(1),
          }),
        )
        .min(1),
      /** The typical timeline, period by period. */
      timeline: z
        .array(
          z.strictObject({
            /** Stable id within the stage. */
            id: IdSchema,
            /** The period ("Week 1", "Quarterly"). */
            period: TextSchema,
            /** What happens in it. */
            text: InlineTextSchema,
          }),
        )
        .min(1),
      /** The exit criteria towards the next stage (or the stage's final exit criteria). */
      exitCriteria: z.array(FeatureItemSchema).min(1),
      /** The integration checkpoint section of the stage; absent where the source has none. */
      integrationCheckpoint: z
        .strictObject({
          /**
           * When it is required, in the words the section heading gives in brackets ("Required
           * After 2-4 Weeks", "Ongoing"); the page prints them as they are.
           */
          requiredAfter: TextSchema,
          /** The critical warning that opens the section. */
          critical: InlineTextSchema,
          /** Its lists (If Validated, If Invalidated, Must Do, Ongoing Requirements, ...). */
          lists: z.array(NamedListSchema).min(1),
          /** The time limit sentence, where the source gives one. */
          timeLimit: TextSchema.optional(),
          /** The risks if the limit is exceeded, where the source lists them. */
          risks: z.array(ItemSchema).optional(),
        })
        .optional(),
      /** The stage's entry under "Integration Checkpoint Requirements" on the integration page. */
      checkpointRequirements: z
        .strictObject({
          /** When, as the heading gives it ("After 2-4 weeks", "Ongoing"). */
          after: TextSchema,
          /** The "When" line. */
          when: TextSchema,
          /** Its lists ("Must Do", "If POC is invalidated"). */
          lists: z.array(NamedListSchema).min(1),
          /** The "Critical" line, where the source gives one. */
          critical: TextSchema.optional(),
        })
        .optional(),
      /** Decision framework: the signs that it is time to move to the next stage. */
      moveWhen: z.array(ItemSchema).optional(),
      /** Decision framework: the rule for adding a feature at this stage. */
      addFeatureRule: TextSchema,
      /** Stage-specific priorities: a short ordered list, a topic that holds them, or both. */
      stagePriorities: z
        .strictObject({
          /** The ordered priorities. */
          items: z.array(ItemSchema).optional(),
          /** A topic that holds the detailed priorities. */
          topic: ref('topics').optional(),
          /** The source's sentence pointing at the topic. */
          note: TextSchema.optional(),
        })
        .refine((p) => p.items !== undefined || p.topic !== undefined, {
          error: 'expected items, a topic or both',
        }),
      /** The Summary's "Documentation by Stage" links. */
      keyDocs: z.array(ref('topics')).min(1),
    })
    .superRefine((stage, ctx) => {
      const placed = [
        ...placeIds(stage.goals, ['goals']),
        ...placeIds(stage.successCriteria, ['successCriteria']),
        ...stage.requirements.flatMap((g, i) => placeIds(g.items, ['requirements', i, 'items'])),
        ...stage.priorities.flatMap((g, i) => placeIds(g.items, ['priorities', i, 'items'])),
        ...stage.docs.flatMap((g, i) => placeIds(g.items, ['docs', i, 'items'])),
        ...placeIds(stage.timeline, ['timeline']),
        ...placeIds(stage.exitCriteria, ['exitCriteria']),
        ...placeIds(stage.integrationCheckpoint?.lists, ['integrationCheckpoint', 'lists']),
        ...(stage.integrationCheckpoint?.lists ?? []).flatMap((l, i) =>
          placeIds(l.items, ['integrationCheckpoint', 'lists', i, 'items']),
        ),
        ...placeIds(stage.integrationCheckpoint?.risks, ['integrationCheckpoint', 'risks']),
        ...placeIds(stage.checkpointRequirements?.lists, ['checkpointRequirements', 'lists']),
        ...(stage.checkpointRequirements?.lists ?? []).flatMap((l, i) =>
          placeIds(l.items, ['checkpointRequirements', 'lists', i, 'items']),
        ),
        ...placeIds(stage.moveWhen, ['moveWhen']),
        ...placeIds(stage.stagePriorities.items, ['stagePriorities', 'items']),
      ];
      checkUniqueIds(placed, ctx, 'a stage');
      const cadence = stage.timeBox?.cadence;
      if (cadence !== undefined) {
        const items = (stage.integrationCheckpoint?.lists ?? []).flatMap((l) => l.items);
        if (!items.some((item) => item.id === cadence.item)) {
          ctx.addIssue({
            code: 'custom',
            path: ['timeBox', 'cadence', 'item'],
            input: cadence.item,
            message: `received "${cadence.item}"; expected the id of an item of this stage's integrationCheckpoint lists, the words that state the cadence`,
          });
        }
      }
    });
}

/** A stage's frontmatter after validation, with references as `{ collection, id }` or ids. */
export type StageData = z.output<ReturnType<typeof makeStageSchema>>;
