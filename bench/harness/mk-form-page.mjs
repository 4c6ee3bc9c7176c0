import '@mentorkit/core/define/form.js';
import { installBench } from './bench-api.mjs';
import { createMkFormRenderer } from './mk-form-renderer.mjs';

installBench('mk-form', createMkFormRenderer);
