import './fields.js';
import './form.js';
import './signature.js';
