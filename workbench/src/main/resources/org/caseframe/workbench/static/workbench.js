// GOV.UK Frontend's components, started only when the browser runs module scripts (pages work without it).
import { initAll } from '/govuk/govuk-frontend.min.js';
document.body.classList.add('govuk-frontend-supported');
initAll();
