/**
 * Plans as JSON for other programs (web tools, scripts), written and read by EMF Cloud's emfjson-jackson.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.exchange.json.PlanJson#write} (a plan model to a JSON file),
 * {@link org.phaen.exchange.json.PlanJson#read} (JSON into a resource set) and
 * {@link org.phaen.exchange.json.PlanJson#convert} (JSON into a new plan file, saved safely).
 * <p>
 * <b>Contract:</b> every attribute and reference of the metamodel, objects keyed by their UUIDs, dates as ISO
 * text, references to other plan files kept as relative {@code file.phaen#uuid} links; a plan converted there
 * and back validates like the original. The {@code .phaen} file stays the plan of record. Bad JSON is reported as
 * {@link org.phaen.model.resource.PlanLoadException}.
 * <p>
 * <b>Threads:</b> reads or fills a resource set: on the thread that owns it.
 */
package org.phaen.exchange.json;
