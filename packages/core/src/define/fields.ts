// Every field element for use on its own in a page (`<mk-form>` renders light fields and needs none of them).
import './array.js';
import './checkbox.js';
import './checkbox-group.js';
import './date-field.js';
import './number-field.js';
import './radio-group.js';
import './select.js';
import './text-field.js';
import './textarea.js';
