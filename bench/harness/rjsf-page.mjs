import { installBench } from './bench-api.mjs';
import { createRjsfRenderer } from './rjsf-renderer.mjs';

installBench('rjsf', createRjsfRenderer);
