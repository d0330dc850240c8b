/**
 * Reports: view models, audience redaction by protective marking and handling restriction, Mustache templates and
 * accessible (PDF/UA) PDF and HTML output. Depends on planning; knows nothing of where a case came from.
 */
package org.caseframe.report;
