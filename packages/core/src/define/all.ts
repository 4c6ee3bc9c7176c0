import './form.js';
