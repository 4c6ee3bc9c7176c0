import { expect } from '@open-wc/testing';
import { ChoiceOptions, type OptionState } from './option-state.js';

const levels = (name: string, chosen: number, color?: string): OptionState[] =>
  ['Very good', 'Good', 'Less good'].map((text, index) => ({
    name,
    index,
    text,
    checked: index === chosen,
    disabled: false,
    ...(color ? { color } : {}),
    ...(index === 0 ? { symbol: '▲', description: 'Above the standard' } : {}),
  }));

/** What each option of a box shows: input name, value, checked, colour, and its text. */
const shown = (box: Element) =>
  [...box.children].map((label) => {
    const input = label.querySelector('input')!;
    return [input.name, input.value, input.checked, (label as HTMLElement).style.getPropertyValue('--_option-color'), label.textContent];
  });

describe('ChoiceOptions', () => {
  it('gives every group with the same list its own options, named, checked and coloured as its states say', () => {
    const boxes = [0, 1, 2].map(() => document.createElement('div'));
    new ChoiceOptions().update(boxes[0]!, 'radio', levels('a', 1), 'vertical');
    new ChoiceOptions().update(boxes[1]!, 'radio', levels('b', 2, 'red'), 'vertical');
    new ChoiceOptions().update(boxes[2]!, 'radio', levels('c', -1), 'vertical');
    expect(shown(boxes[0]!)).to.deep.equal([
      ['a', '0', false, '', '▲ Very goodAbove the standard'],
      ['a', '1', true, '', 'Good'],
      ['a', '2', false, '', 'Less good'],
    ]);
    expect(shown(boxes[1]!)).to.deep.equal([
      ['b', '0', false, 'red', '▲ Very goodAbove the standard'],
      ['b', '1', false, 'red', 'Good'],
      ['b', '2', true, 'red', 'Less good'],
    ]);
    // A list made after the others starts from none chosen: what the others chose or were given stays theirs.
    expect(shown(boxes[2]!).map(([name, , checked, color]) => [name, checked, color])).to.deep.equal([
      ['c', false, ''],
      ['c', false, ''],
      ['c', false, ''],
    ]);
    expect(boxes[1]!.querySelector('.symbol')!.getAttribute('aria-hidden')).to.equal('true');
    expect(boxes[1]!.querySelector('.option-description')!.textContent).to.equal('Above the standard');
  });

  it('makes a list that differs in any text, or a checkbox list, on its own', () => {
    const radios = document.createElement('div');
    const checkboxes = document.createElement('div');
    const other = document.createElement('div');
    new ChoiceOptions().update(radios, 'radio', levels('a', 0), 'vertical');
    new ChoiceOptions().update(checkboxes, 'checkbox', levels('b', 0), 'vertical');
    const renamed = levels('c', 0).map((state, i) => (i === 2 ? { ...state, text: 'Poor' } : state));
    new ChoiceOptions().update(other, 'radio', renamed, 'horizontal');
    expect(checkboxes.querySelectorAll('input[type=checkbox]').length).to.equal(3);
    expect(other.lastElementChild!.textContent).to.equal('Poor');
    expect(other.className).to.equal('options horizontal');
    expect(radios.lastElementChild!.textContent).to.equal('Less good');
  });
});
