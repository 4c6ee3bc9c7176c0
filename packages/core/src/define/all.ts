import './form.js';
import './signature.js';
