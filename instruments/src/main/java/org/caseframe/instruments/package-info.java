/**
 * Concrete instruments as versioned data files, found through one {@link org.caseframe.instruments.InstrumentCatalogue}.
 */
package org.caseframe.instruments;
