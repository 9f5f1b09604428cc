import type { QuizData } from './quiz.ts';
import type { CheckedEntry, Problem } from './rules.ts';
import type { StageData } from './stages.ts';

/**
 * The quiz's rules that need the stages' order: every question gives the guide's words for every
 * stage, and every answer fits a run of stages in lifecycle order without gaps, so that "the
 * latest stage an answer fits" means one thing. Answers stay in stage order and, together, fit
 * every stage, so the quiz can place a team at any stage.
 */

const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(', ');

/** Where `stages` (ids) break the run: a repeat, an unknown stage aside, an order or a gap. */
function runProblem(stages: readonly string[], order: readonly string[]): string | undefined {
  const known = stages.filter((id) => order.includes(id));
  if (known.length < stages.length) return undefined; // reported as a dangling reference
  const repeated = stages.filter((id, i) => stages.indexOf(id) !== i);
  if (repeated.length > 0) {
    return `received ${quoted(stages)}, which names ${quoted([...new Set(repeated)])} twice; expected each stage once`;
  }
  const positions = stages.map((id) => order.indexOf(id));
  const sorted = [...positions].sort((a, b) => a - b);
  const first = sorted[0] ?? 0;
  const last = sorted.at(-1) ?? 0;
  const run = order.slice(first, last + 1);
  const missing = run.filter((id) => !stages.includes(id));
  if (missing.length > 0) {
    return `received ${quoted(stages)}; expected a contiguous run of stages in lifecycle order, such as ${quoted(run)} (missing ${quoted(missing)})`;
  }
  if (positions.some((p, i) => i > 0 && p < (positions[i - 1] ?? 0))) {
    return `received ${quoted(stages)}; expected the stages in lifecycle order: ${quoted(run)}`;
  }
  return undefined;
}

/** Checks every quiz's bands and answer ranges against the stages' order. */
export function checkQuizStages(entries: readonly CheckedEntry[]): Problem[] {
  const order = entries
    .filter((e) => e.collection === 'stages')
    .map((e) => ({ id: e.id, order: (e.data as StageData).order }))
    .sort((a, b) => a.order - b.order)
    .map((s) => s.id);
  const quizzes = entries.filter((e) => e.collection === 'quiz');
  return quizzes.flatMap(({ file, data }) =>
    (data as QuizData).questions.flatMap((question, q) => {
      const problems: Problem[] = [];
      const at = (path: string, message: string) =>
        problems.push({ file, path: `questions[${q}].${path}`, message });
      const keys = Object.keys(question.bands ?? {});
      const missingBands = order.filter((id) => !keys.includes(id));
      const unknownBands = keys.filter((id) => !order.includes(id));
      if (missingBands.length > 0) {
        at(
          'bands',
          `question "${question.id}" received words for ${quoted(keys)}; expected the guide's words for every stage, missing ${quoted(missingBands)}`,
        );
      }
      if (unknownBands.length > 0) {
        at(
          'bands',
          `question "${question.id}" received words for ${quoted(unknownBands)}, which are not stages; expected only ${quoted(order)}`,
        );
      }
      let previous: { first: number; last: number } | undefined;
      const fitted = new Set<string>();
      question.answers.forEach((answer, a) => {
        const stages = answer.stages.map((s) => s.id);
        const problem = runProblem(stages, order);
        if (problem !== undefined) {
          at(`answers[${a}].stages`, problem);
          return;
        }
        stages.forEach((id) => fitted.add(id));
        const positions = stages.map((id) => order.indexOf(id)).filter((p) => p !== -1);
        if (positions.length === 0) return;
        const range = { first: Math.min(...positions), last: Math.max(...positions) };
        if (previous && (range.first < previous.first || range.last < previous.last)) {
          at(
            `answers[${a}].stages`,
            `answer "${answer.id}" received ${quoted(stages)}, which starts or ends before the answer above it; expected the answers in stage order`,
          );
        }
        previous = range;
      });
      const unfitted = order.filter((id) => !fitted.has(id));
      if (problems.length === 0 && unfitted.length > 0) {
        at(
          'answers',
          `question "${question.id}" received no answer that fits ${quoted(unfitted)}; expected every stage fitted by some answer, so the quiz can place a team there`,
        );
      }
      return problems;
    }),
  );
}
