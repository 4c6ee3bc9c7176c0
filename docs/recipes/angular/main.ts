// Bootstraps the page without zone.js: signals tell Angular when to render.
import '@mentorkit/elements/define/observation-form.js';
import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { ObservationPage } from './observation-page.js';

bootstrapApplication(ObservationPage, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => console.error(error));
