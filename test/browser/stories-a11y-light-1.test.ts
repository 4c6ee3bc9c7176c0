import { storyA11ySuite } from '../support/stories-a11y.js';

storyA11ySuite('light', 1, 3);
