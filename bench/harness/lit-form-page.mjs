import { installBench } from './bench-api.mjs';
import './lit-form.mjs';
import { createLitFormRenderer } from './lit-form-renderer.mjs';

installBench('lit-form', createLitFormRenderer);
