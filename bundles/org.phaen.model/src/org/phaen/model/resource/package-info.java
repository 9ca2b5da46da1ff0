/**
 * Plan files: reading, writing and identifying what is in them. This is the library's entry point for plain
 * Java programs and for every other bundle.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.model.resource.PlanFiles} ({@code newResourceSet}, {@code load},
 * {@code save}, {@code saveAs}); {@link org.phaen.model.resource.Identifiers} (UUIDs, lookup across a
 * resource set); {@link org.phaen.model.resource.SafeSave}; {@link org.phaen.model.resource.ModelMigration}
 * and {@link org.phaen.model.resource.ModelMigrations} for older file versions;
 * {@link org.phaen.model.resource.Labels} for element descriptions in messages.
 * <p>
 * <b>Contract:</b> loading refuses DOCTYPEs and external entities and reports failures as
 * {@link org.phaen.model.resource.PlanLoadException} naming file and line; files of an older model version are
 * migrated before EMF reads them, newer ones are refused. Elements are identified by their {@code uuid}, which
 * is also their URI fragment. Saving checks integrity ({@link org.phaen.model.resource.IntegrityCheck}), writes
 * a temporary file in the same folder, forces it to disk, keeps a {@code .bak} and renames atomically: a failed
 * save leaves the previous file intact.
 * <p>
 * <b>Threads:</b> a resource set and its resources belong to one thread at a time (EMF is not thread-safe).
 * The shared parser pool and option maps of {@link org.phaen.model.resource.PhaenResourceOptions} and the
 * migration registry are safe to use from several threads, so different resource sets may load in parallel.
 */
package org.phaen.model.resource;
