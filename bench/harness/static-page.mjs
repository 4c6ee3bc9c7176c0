import { installBench } from './bench-api.mjs';
import { createStaticRenderer } from './static-renderer.mjs';

installBench('static', createStaticRenderer);
