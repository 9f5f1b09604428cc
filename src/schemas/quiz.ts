import { z } from 'astro/zod';
import { checkUniqueIds, IdSchema, placeIds, type RefFactory, TextSchema } from './shared.ts';

/**
 * The `quiz` collection: `content/quiz/<id>.yaml`, the "What stage am I in?" questions. Each answer
 * points to a stage; each question says whether it measures load or capability and which
 * comparison-matrix row it corresponds to. Question and answer ids are kept in shared links.
 */
export function makeQuizSchema(ref: RefFactory) {
  return z
    .strictObject({
      /** The quiz's title. */
      title: TextSchema,
      /** The source's lead-in ("Ask yourself"). */
      intro: TextSchema,
      /** The questions, in source order. */
      questions: z
        .array(
          z.strictObject({
            /** Stable id, used as the URL parameter name. */
            id: IdSchema,
            /** The question as the source asks it ("How many users?"). */
            prompt: TextSchema,
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
            /** The answers, in stage order. */
            answers: z
              .array(
                z.strictObject({
                  /** Stable id, used as the URL parameter value. */
                  id: IdSchema,
                  /** The answer as the reader sees it. */
                  label: TextSchema,
                  /** The stage this answer points to. */
                  stage: ref('stages'),
                  /** The source's own words for this stage's band ("1-5"), shown beside the label. */
                  source: TextSchema.optional(),
                }),
              )
              .min(2),
          }),
        )
        .min(1),
    })
    .superRefine((quiz, ctx) => {
      checkUniqueIds(placeIds(quiz.questions, ['questions']), ctx, 'the quiz');
      quiz.questions.forEach((q, i) => {
        checkUniqueIds(placeIds(q.answers, ['questions', i, 'answers']), ctx, 'a question');
      });
    });
}
export type QuizData = z.output<ReturnType<typeof makeQuizSchema>>;
