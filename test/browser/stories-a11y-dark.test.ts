import { expect } from '@open-wc/testing';
import { storyViolations } from '../support/stories-a11y.js';

describe('Storybook stories, dark theme', function () {
  this.timeout(280_000);

  it('every story renders and has no axe violations', async () => {
    const { stories, failures } = await storyViolations('dark');
    expect(stories).to.be.greaterThan(100);
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
