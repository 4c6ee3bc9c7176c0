import { expect } from '@open-wc/testing';
import { messageFor } from './message.js';
import { createRuntimeValidator } from './runtime-validator.js';

describe('createRuntimeValidator', () => {
  it('keeps the parameters of a keyword reached through $ref, so its message names them', () => {
    const validate = createRuntimeValidator({
      $defs: { email: { type: 'string', format: 'email' }, small: { type: 'number', maximum: 5 } },
      type: 'object',
      properties: { contact: { $ref: '#/$defs/email' }, size: { $ref: '#/$defs/small' } },
    });
    const problems = validate({ contact: 'not-an-email', size: 9 });
    expect(problems.map((p) => [p.pointer, p.params])).to.deep.equal([
      ['/contact', { format: 'email' }],
      ['/size', { max: 5 }],
    ]);
    for (const problem of problems) expect(messageFor(problem, 'en')).to.not.contain('undefined');
    expect(messageFor(problems[1]!, 'en')).to.equal('The value must be 5 or less.');
  });

  it('says multipleOf in every language', () => {
    const [problem] = createRuntimeValidator({ type: 'integer', multipleOf: 10 })(15);
    expect(problem!.key).to.equal('notMultipleOf');
    expect(messageFor(problem!, 'en')).to.equal('The value must be a multiple of 10.');
    for (const lang of ['nb', 'fi', 'it', 'nl']) expect(messageFor(problem!, lang)).to.contain('10');
  });

  it('reports a failed oneOf once, at its value, and a property a false schema refuses as not expected', () => {
    const validate = createRuntimeValidator({
      type: 'object',
      properties: { flag: { oneOf: [{ type: 'boolean' }, { type: 'object', properties: { rollout: { maximum: 100 } } }] } },
      additionalProperties: false,
    });
    const problems = validate({ flag: { rollout: 250 }, extra: 1 });
    expect(problems.map((p) => [p.pointer, p.key])).to.deep.equal([
      ['/flag', 'invalid'],
      ['/extra', 'notExpected'],
    ]);
  });
});
