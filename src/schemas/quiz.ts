import { z } from 'astro/zod';
import { compareDurations, type Duration } from '../core/duration.ts';
import { DECISION_TOOL_KEYS } from '../core/url-keys.ts';
import {
  checkUniqueIds,
  DurationSchema,
  IdSchema,
  placeIds,
  type RefFactory,
  TextSchema,
} from './shared.ts';

/**
 * The `quiz` collection: `content/quiz/<id>.yaml`, the "What stage am I in?" questions. Each answer
 * lists the stages it fits, read from the guide's bands; each question says whether it measures
 * load or capability, gives the guide's words per stage and names its comparison-matrix row.
 * Question and answer ids are kept in shared links: an answer whose id changes keeps its old id in
 * `formerIds`, so links people have already shared keep working. That the stages of an answer form
 * a run in lifecycle order, and that every stage has band words, is checked across files
 * (`checkQuizStages` in quiz-rules.ts), since only the stages collection knows their order.
 */
export function makeQuizSchema(ref: RefFactory) {
  /** A list item of a prose page, such as one of the Summary's key principles. */
  const PageItemRefSchema = z.strictObject({
    /** The page. */
    page: ref('pages'),
    /** The item's id within one of that page's sections (checked by the content check). */
    item: IdSchema,
  });

  /** One answer of the optional time question: a span of time, "more than `over`, up to `upTo`". */
  const TimeOptionSchema = z.strictObject({
    /** Stable id, used as the URL parameter value. */
    id: IdSchema,
    /** The span as the reader sees it ("More than 4 weeks, up to 3 months"). */
    label: TextSchema,
    /** Where the span starts (exclusive); absent for the first option, which starts at zero. */
    over: DurationSchema.optional(),
    /** Where the span ends (inclusive); absent for the last option, which has no end. */
    upTo: DurationSchema.optional(),
  });

  return z
    .strictObject({
      /** The quiz's title. */
      title: TextSchema,
      /** The source's lead-in ("Ask yourself"). */
      intro: TextSchema,
      /**
       * How the answers make a result, stated on the page so readers can trust it. The text must
       * describe what `src/lib/quiz/assess.ts` does (a stage counts when every answer reached it).
       */
      rule: z.strictObject({
        /** How the infrastructure answers make the stage; this site's own guidance. */
        text: TextSchema,
        /** How load (the users question) is reported beside the stage; this site's own guidance. */
        load: TextSchema,
        /** The guide's principles the rule follows, shown beside it. */
        principles: z.array(PageItemRefSchema).min(1),
        /** The principle quoted when a reader's load is behind their infrastructure. */
        infrastructureAhead: PageItemRefSchema,
      }),
      /** The questions, in source order. */
      questions: z
        .array(
          z.strictObject({
            /** Stable id, used as the URL parameter name. */
            id: IdSchema,
            /** A short name for the question in sentences and tables ("Monitoring"). */
            name: TextSchema,
            /** The question as the source asks it ("How many users?"). */
            prompt: TextSchema,
            /**
             * What the question counts and over which window, where the guide leaves it open
             * ("peak concurrent users over the last 30 days"); the site's own words.
             */
            clarification: TextSchema.optional(),
            /** Whether it measures the load on the system or its capability. */
            measures: z.enum(['load', 'capability']),
            /** Whether a result needs it; optional questions refine the result. */
            required: z.boolean().default(true),
            /** The comparison-matrix row the question corresponds to. */
            matrixRow: z
              .strictObject({
                /** The table. */
                matrix: ref('matrices'),
                /** The row's id within that table. */
                row: IdSchema,
              })
              .optional(),
            /** The guide's own words for each stage's band, by stage id ("poc": "1-5"). */
            bands: z.record(IdSchema, TextSchema),
            /** The answers, in stage order, together covering every real team exactly once. */
            answers: z
              .array(
                z.strictObject({
                  /** Stable id, used as the URL parameter value. */
                  id: IdSchema,
                  /** The answer as the reader sees it. */
                  label: TextSchema,
                  /**
                   * The stages whose band this answer fits, in lifecycle order without gaps
                   * ([poc, mvp] for one instance). Checked across files.
                   */
                  stages: z.array(ref('stages')).min(1),
                  /** Ids this answer had before; a shared link carrying one reads as this answer. */
                  formerIds: z.array(IdSchema).default([]),
                }),
              )
              .min(2),
          }),
        )
        .min(1),
      /**
       * The optional question "How long have you been at your current stage?". Its answers are
       * spans of time, not stages: they never move the result, they check it against the stage's
       * time box (`timeBox.limit` of the stage). Its id is a URL parameter name like a question's.
       */
      timeAtStage: z
        .strictObject({
          /** Stable id, used as the URL parameter name. */
          id: IdSchema,
          /** A short name for the question ("Time at this stage"). */
          name: TextSchema,
          /** The question as the reader sees it. */
          prompt: TextSchema,
          /** The spans, shortest first, each starting where the one before ends. */
          options: z.array(TimeOptionSchema).min(2),
        })
        .optional(),
    })
    .superRefine((quiz, ctx) => {
      checkUniqueIds(
        [
          ...placeIds(quiz.questions, ['questions']),
          ...(quiz.timeAtStage ? [{ id: quiz.timeAtStage.id, path: ['timeAtStage', 'id'] }] : []),
        ],
        ctx,
        "the quiz's questions and time question",
      );
      quiz.questions.forEach((q, i) => {
        checkUniqueIds(
          [
            ...placeIds(q.answers, ['questions', i, 'answers']),
            ...q.answers.flatMap((a, j) =>
              a.formerIds.map((id, k) => ({
                id,
                path: ['questions', i, 'answers', j, 'formerIds', k],
              })),
            ),
          ],
          ctx,
          "a question (its answers' ids and former ids)",
        );
        if ((DECISION_TOOL_KEYS as readonly string[]).includes(q.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'id'],
            input: q.id,
            message: `received "${q.id}", a URL parameter of the decision tools on the same page; expected an id other than ${DECISION_TOOL_KEYS.map((k) => `"${k}"`).join(', ')}`,
          });
        }
      });
      if (quiz.timeAtStage) {
        checkUniqueIds(
          placeIds(quiz.timeAtStage.options, ['timeAtStage', 'options']),
          ctx,
          'the time question',
        );
        checkSpans(quiz.timeAtStage.options, ctx);
      }
    });
}

function show(d: Duration | undefined): string {
  if (d === undefined) return 'nothing';
  return `${d.amount} ${d.amount === 1 ? d.unit.slice(0, -1) : d.unit}`;
}

function sameDuration(a: Duration | undefined, b: Duration | undefined): boolean {
  return a !== undefined && b !== undefined && a.unit === b.unit && a.amount === b.amount;
}

/**
 * The time spans are mutually exclusive and in order: the first starts at zero, each next one
 * starts where the previous ends, each ends after it starts, and only the last has no end.
 */
function checkSpans(
  options: readonly { over?: Duration | undefined; upTo?: Duration | undefined }[],
  ctx: z.RefinementCtx,
) {
  const base = ['timeAtStage', 'options'];
  options.forEach((option, i) => {
    const previous = options[i - 1];
    const last = i === options.length - 1;
    if (previous === undefined && option.over !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...base, i, 'over'],
        message: `received ${show(option.over)}; expected no "over" on the first option, which starts at zero`,
      });
    }
    // (A previous option without an end is reported on its own.)
    if (previous?.upTo !== undefined && !sameDuration(option.over, previous.upTo)) {
      ctx.addIssue({
        code: 'custom',
        path: [...base, i, 'over'],
        message: `received ${show(option.over)}; expected ${show(previous.upTo)}, where the option before ends, so that the options neither overlap nor leave a gap`,
      });
    }
    if (!last && option.upTo === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...base, i, 'upTo'],
        message: 'received nothing; expected an end ("upTo") on every option but the last',
      });
    }
    if (last && option.upTo !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...base, i, 'upTo'],
        message: `received ${show(option.upTo)}; expected no "upTo" on the last option, so that every length of time has an answer`,
      });
    }
    if (option.over && option.upTo && compareDurations(option.upTo, option.over) <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: [...base, i, 'upTo'],
        message: `received ${show(option.upTo)}; expected more than ${show(option.over)}, where the option starts`,
      });
    }
  });
}

export type QuizData = z.output<ReturnType<typeof makeQuizSchema>>;
