import { storyA11ySuite } from '../support/stories-a11y.js';

storyA11ySuite('dark', 3, 3);
