/**
 * Planning: the risk profile, the control and interventions matrix as versioned policy, NSD triage, MAPPA category
 * and level, enhanced national standards and the sentence plan. Depends on the instruments module; knows nothing of
 * rendering. See {@code ../shared/design/architecture.md}.
 */
package org.caseframe.planning;
