// The portal's only script: it defines <mk-observation-form> (and the fields it renders).
import '@mentorkit/elements/define/observation-form.js';
