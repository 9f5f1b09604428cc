// The plan's first sections as DOM: where the infrastructure is, the next actions, the gaps, with
// the plan's ids, headings and classes (Plan.module.css), built without a framework.
import styles from '../../islands/plan/Plan.module.css';
import { paths } from '../../lib/paths.ts';
import type { Gap } from '../../lib/plan/gaps.ts';
import type { PlanModel } from '../../lib/plan/model.ts';
import { NEXT_ACTIONS, type Plan } from '../../lib/plan/plan.ts';
import { answersQuery, loadWords } from '../../lib/plan/quiz-adapter.ts';
import { planStrings as t } from '../../lib/plan/strings.ts';
import { actionText } from '../../lib/plan/describe.ts';
import { QUIZ_SECTION_ID } from '../../lib/quiz/paths.ts';
import { placeWords } from '../../lib/decide/feature/describe.ts';
import { cx, h } from './dom.ts';

function section(id: string, heading: string, ...body: (Node | false | undefined)[]) {
  return h(
    'section',
    { 'aria-labelledby': id, class: styles.section },
    h('h2', { id }, heading),
    ...body,
  );
}

const link = (href: string, text: string, cls?: string) => h('a', { href, class: cls }, text);

/** The stage reached, what load says about it, and where the plan leads. */
export function stageSummary(
  model: PlanModel,
  plan: Plan,
  answers: Readonly<Record<string, string>>,
) {
  const a = plan.assessment;
  const load = loadWords(model.quiz, a);
  const quizLink = `${paths.decide()}${answersQuery(model.quiz, answers)}#${QUIZ_SECTION_ID}`;
  return section(
    'plan-stage',
    t.stage.heading,
    h(
      'p',
      { class: styles.stageLine },
      `${t.stage.reached} `,
      link(plan.stage.href, plan.stage.heading),
      '.',
    ),
    plan.basis === 'chosen' && h('p', null, t.stage.chosen),
    load !== '' && h('p', null, t.stage.load(load)),
    a?.status === 'provisional' && h('p', null, `${t.stage.provisional} ${a.missing}`),
    a?.alignment &&
      h(
        'div',
        { class: 'callout', 'data-kind': a.alignment.kind },
        h('p', null, h('strong', null, `${a.alignment.title}.`), ` ${a.alignment.text}`),
      ),
    h(
      'p',
      null,
      plan.target.id === plan.stage.id ? t.stage.last : t.stage.target(plan.target.shortName),
      ' ',
      link(quizLink, t.stage.changeAnswers, 'no-print'),
    ),
  );
}

/** The next actions, each a link to where the guide says it. */
export function actionsList(plan: Plan) {
  return section(
    'plan-actions',
    t.actions.heading(NEXT_ACTIONS),
    h(
      'ol',
      { class: styles.actions },
      plan.actions.map((action) => h('li', null, link(action.href, actionText(action)))),
    ),
  );
}

function closedBy(model: PlanModel, gap: Gap): string {
  if (gap.closed?.by === 'answer') {
    const id = gap.closed.questionId;
    return t.gaps.byAnswer(model.quiz.questions.find((q) => q.id === id)?.name ?? id);
  }
  return t.gaps.byChecklist;
}

function tags(model: PlanModel, gap: Gap) {
  return h(
    'span',
    { class: styles.tags },
    gap.priority &&
      h('span', { class: 'level-badge', 'data-level': gap.priority }, model.labels[gap.priority]),
    gap.must && h('span', { class: 'level-badge', 'data-level': 'must' }, model.labels.must),
    gap.places && h('span', { class: 'level-badge' }, t.gaps.also),
  );
}

/** Where the guide's places disagree about a gap, as the advisor and /disagreements/ say it. */
function disagreementNote(gap: Gap) {
  return (
    gap.disagreement &&
    h(
      'span',
      { class: cx(styles.disagreement, 'no-print') },
      h('strong', null, `${t.gaps.disagree}:`),
      ` ${gap.disagreement.sentence} `,
      link(gap.disagreement.href, t.gaps.allDisagreements),
    )
  );
}

/** Where the guide requires a gap outside the stage's lists (off paper: the brief stays short). */
function placesNote(gap: Gap) {
  const places = gap.places ?? [];
  return (
    places.length > 0 &&
    h(
      'span',
      { class: 'no-print' },
      ` ${t.gaps.requiredBy} `,
      places.flatMap((place, i) => [
        i > 0 ? '; ' : '',
        link(place.href, place.text === '' ? placeWords(place) : place.text),
        ` (${placeWords(place)})`,
      ]),
    )
  );
}

/** The target stage's must-haves and P0 items still missing, most urgent first; then those in place. */
export function gapsList(model: PlanModel, plan: Plan) {
  const open = plan.gaps.filter((g) => !g.closed);
  const closed = plan.gaps.filter((g) => g.closed);
  return section(
    'plan-gaps',
    `${t.gaps.heading}: ${t.gaps.count(open.length)}`,
    h('p', null, t.gaps.lead(plan.target.shortName)),
    open.length === 0
      ? h('p', null, t.gaps.none)
      : h(
          'ol',
          { class: styles.gaps },
          open.map((gap) =>
            h(
              'li',
              null,
              link(gap.href, gap.text),
              ' ',
              tags(model, gap),
              placesNote(gap),
              disagreementNote(gap),
            ),
          ),
        ),
    closed.length > 0 &&
      h(
        'details',
        { class: styles.closed },
        h('summary', null, t.gaps.closedHeading(closed.length)),
        h(
          'ul',
          null,
          closed.map((gap) =>
            h(
              'li',
              null,
              link(gap.href, gap.text),
              `: ${closedBy(model, gap)}`,
              disagreementNote(gap),
            ),
          ),
        ),
      ),
  );
}

export { section };
