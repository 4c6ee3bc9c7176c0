import { storyA11ySuite } from '../support/stories-a11y.js';

storyA11ySuite('dark', 2, 3);
