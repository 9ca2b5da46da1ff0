/**
 * The region's consolidated view of its provinces: {@link org.phaen.network.region.RegionalPlans} finds the regional
 * plan and the provincial plans loaded with it, {@link org.phaen.network.region.RegionalReport} builds the report
 * (packages not received, strategies and projects aligned to each regional strategy, each province's contribution to
 * each regional indicator, a province by indicator status table) for the reports' HTML, DOCX and XLSX writers.
 * Wording in {@code messages*.properties}. Not thread-safe.
 */
package org.phaen.network.region;
