import { describe, expect, test } from 'vitest';
import {
  ASSESSED_STAGE_ATTRIBUTE,
  assessedStage,
  STAGE_ASSESSED_EVENT,
} from '../../../../src/lib/decide/events.ts';
import {
  featureToolReducer,
  INITIAL_FEATURE_STATE,
  OTHER_VALUE,
  selectValue,
  type FeatureToolState,
} from '../../../../src/lib/decide/feature/state.ts';
import {
  INITIAL_INTEGRATE_STATE,
  integrateToolReducer,
} from '../../../../src/lib/decide/integration/state.ts';
import { chooseStage, NO_STAGE, stageForLink } from '../../../../src/lib/decide/stage-choice.ts';

describe('chooseStage', () => {
  test('lets the quiz fill in a stage nobody chose, and update its own', () => {
    const fromQuiz = chooseStage(NO_STAGE, 'quiz', 'alpha');
    expect(fromQuiz).toEqual({ stage: 'alpha', source: 'quiz' });
    expect(chooseStage(fromQuiz, 'quiz', 'beta')).toEqual({ stage: 'beta', source: 'quiz' });
  });

  test('never lets the quiz override the reader or the link', () => {
    const byReader = chooseStage(NO_STAGE, 'reader', 'alpha');
    const byLink = chooseStage(NO_STAGE, 'link', 'alpha');
    expect(chooseStage(byReader, 'quiz', 'beta')).toBe(byReader);
    expect(chooseStage(byLink, 'quiz', 'beta')).toBe(byLink);
  });

  test('lets the reader change any stage', () => {
    const fromQuiz = chooseStage(NO_STAGE, 'quiz', 'alpha');
    expect(chooseStage(fromQuiz, 'reader', 'beta')).toEqual({ stage: 'beta', source: 'reader' });
  });

  test('writes only the reader’s or the link’s stage into the link', () => {
    expect(stageForLink(chooseStage(NO_STAGE, 'reader', 'alpha'))).toBe('alpha');
    expect(stageForLink(chooseStage(NO_STAGE, 'link', 'alpha'))).toBe('alpha');
    expect(stageForLink(chooseStage(NO_STAGE, 'quiz', 'alpha'))).toBeUndefined();
    expect(stageForLink(NO_STAGE)).toBeUndefined();
  });
});

describe('the stage-assessed event', () => {
  test('has one name and one attribute', () => {
    expect(STAGE_ASSESSED_EVENT).toBe('ilg:stage-assessed');
    expect(ASSESSED_STAGE_ATTRIBUTE).toMatch(/^data-[a-z-]+$/);
  });

  test('yields the stage only when the detail names a known stage', () => {
    const ids = ['alpha', 'beta'];
    expect(assessedStage({ stage: 'beta' }, ids)).toBe('beta');
    for (const detail of [{ stage: 'omega' }, { stage: 2 }, {}, null, 'beta', undefined]) {
      expect(assessedStage(detail, ids), JSON.stringify(detail)).toBeUndefined();
    }
  });
});

describe('featureToolReducer', () => {
  const run = (...actions: Parameters<typeof featureToolReducer>[1][]): FeatureToolState =>
    actions.reduce(featureToolReducer, INITIAL_FEATURE_STATE);

  test('picks a feature, then none', () => {
    expect(run({ type: 'feature-picked', value: 'cdn' }).selection).toEqual({
      kind: 'feature',
      id: 'cdn',
    });
    expect(
      run({ type: 'feature-picked', value: 'cdn' }, { type: 'feature-picked', value: '' })
        .selection,
    ).toEqual({ kind: 'none' });
  });

  test('looks up typed words only when they are submitted', () => {
    const typing = run(
      { type: 'feature-picked', value: OTHER_VALUE },
      { type: 'draft-edited', text: ' Kubernetes ' },
    );
    expect(typing.selection).toEqual({ kind: 'other', text: '' });
    expect(featureToolReducer(typing, { type: 'draft-submitted' }).selection).toEqual({
      kind: 'other',
      text: 'Kubernetes',
    });
  });

  test('keeps typed words when the reader goes to a feature and back to something else', () => {
    const state = run(
      { type: 'feature-picked', value: OTHER_VALUE },
      { type: 'draft-edited', text: 'Kafka' },
      { type: 'draft-submitted' },
      { type: 'feature-picked', value: 'cdn' },
      { type: 'feature-picked', value: OTHER_VALUE },
    );
    expect(state.selection).toEqual({ kind: 'other', text: 'Kafka' });
    expect(selectValue(state.selection)).toBe(OTHER_VALUE);
  });

  test('takes a link’s feature and stage, the reader’s words into the field', () => {
    const state = run({
      type: 'link-read',
      selection: { kind: 'other', text: 'Kafka' },
      stage: 'beta',
    });
    expect(state).toEqual({
      selection: { kind: 'other', text: 'Kafka' },
      draft: 'Kafka',
      stage: { stage: 'beta', source: 'link' },
    });
  });

  test('keeps a stage from the link when the quiz reports another', () => {
    const state = run(
      { type: 'link-read', selection: undefined, stage: 'beta' },
      { type: 'stage-assessed', stage: 'alpha' },
    );
    expect(state.stage).toEqual({ stage: 'beta', source: 'link' });
  });

  test('takes the quiz’s stage when nobody chose one', () => {
    expect(run({ type: 'stage-assessed', stage: 'alpha' }).stage).toEqual({
      stage: 'alpha',
      source: 'quiz',
    });
  });

  test('back or forward to an address without the tool’s keys clears the feature and the stage', () => {
    const state = run(
      { type: 'feature-picked', value: 'cdn' },
      { type: 'stage-picked', stage: 'beta' },
      { type: 'link-restored', selection: undefined, stage: undefined },
    );
    expect(state).toEqual(INITIAL_FEATURE_STATE);
  });

  test('back or forward takes the address’s words and stage, and keeps only a quiz stage', () => {
    const words = run(
      { type: 'feature-picked', value: 'cdn' },
      { type: 'link-restored', selection: { kind: 'other', text: 'Kafka' }, stage: 'alpha' },
    );
    expect(words).toEqual({
      selection: { kind: 'other', text: 'Kafka' },
      draft: 'Kafka',
      stage: { stage: 'alpha', source: 'link' },
    });
    const quiz = run(
      { type: 'stage-assessed', stage: 'beta' },
      { type: 'link-restored', selection: undefined, stage: undefined },
    );
    expect(quiz.stage).toEqual({ stage: 'beta', source: 'quiz' });
  });

  test('gives each selection its select value', () => {
    expect(selectValue({ kind: 'none' })).toBe('');
    expect(selectValue({ kind: 'feature', id: 'cdn' })).toBe('cdn');
  });
});

describe('integrateToolReducer', () => {
  test('keeps the start date as typed and clears an unreadable mark on change', () => {
    let state = integrateToolReducer(INITIAL_INTEGRATE_STATE, {
      type: 'start-left',
      unreadable: true,
    });
    expect(state.startUnreadable).toBe(true);
    state = integrateToolReducer(state, { type: 'start-changed', value: '2026-11-02' });
    expect(state).toMatchObject({ start: '2026-11-02', startUnreadable: false });
  });

  test('does not mark a whole date unreadable when the reader leaves the field', () => {
    const state = integrateToolReducer(
      { ...INITIAL_INTEGRATE_STATE, start: '2026-11-02' },
      { type: 'start-left', unreadable: true },
    );
    expect(state.startUnreadable).toBe(false);
  });

  test('takes a link’s stage and start, and lets the reader change the stage', () => {
    let state = integrateToolReducer(INITIAL_INTEGRATE_STATE, {
      type: 'link-read',
      stage: 'alpha',
      start: '2026-02-30',
    });
    expect(state).toEqual({
      stage: { stage: 'alpha', source: 'link' },
      start: '2026-02-30',
      startUnreadable: false,
    });
    state = integrateToolReducer(state, { type: 'stage-assessed', stage: 'beta' });
    expect(state.stage.stage).toBe('alpha');
    state = integrateToolReducer(state, { type: 'stage-picked', stage: 'beta' });
    expect(state.stage).toEqual({ stage: 'beta', source: 'reader' });
  });

  test('leaves the start alone when the link has none', () => {
    const state = integrateToolReducer(
      { ...INITIAL_INTEGRATE_STATE, start: '2026-01-01' },
      { type: 'link-read', stage: undefined, start: undefined },
    );
    expect(state.start).toBe('2026-01-01');
  });

  test('back or forward to an address without the tool’s keys clears the stage and the start', () => {
    let state = integrateToolReducer(INITIAL_INTEGRATE_STATE, {
      type: 'stage-picked',
      stage: 'alpha',
    });
    state = integrateToolReducer(state, { type: 'start-changed', value: '2026-01-01' });
    state = integrateToolReducer(state, {
      type: 'link-restored',
      stage: undefined,
      start: undefined,
    });
    expect(state).toEqual(INITIAL_INTEGRATE_STATE);
    state = integrateToolReducer(state, {
      type: 'link-restored',
      stage: 'beta',
      start: '2026-02-03',
    });
    expect(state).toEqual({
      stage: { stage: 'beta', source: 'link' },
      start: '2026-02-03',
      startUnreadable: false,
    });
  });
});
