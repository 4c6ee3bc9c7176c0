import { storyA11ySuite } from '../support/stories-a11y.js';

storyA11ySuite('high-contrast', 3, 3);
