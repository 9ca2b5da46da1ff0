/**
 * Plan files: reading, writing and identifying what is in them. This is the library's entry point for plain
 * Java programs and for every other bundle.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.model.resource.PlanFiles} ({@code newResourceSet}, {@code configure} for a
 * resource set the caller already has, {@code load}, {@code loadAndCheckLinks}, {@code save}, {@code saveAs});
 * {@link org.phaen.model.resource.Identifiers} (UUIDs, lookup across a resource set);
 * {@link org.phaen.model.resource.SafeSave}; {@link org.phaen.model.resource.CrossFileLinks} (links that lead
 * nowhere); {@link org.phaen.model.resource.ModelMigration} and {@link org.phaen.model.resource.ModelMigrations}
 * for older file versions; {@link org.phaen.model.resource.Labels} for element descriptions in messages.
 * <p>
 * <b>Contract:</b> loading refuses DOCTYPEs and external entities and reports failures as
 * {@link org.phaen.model.resource.PlanLoadException} naming file and line in plain words, with a
 * {@link org.phaen.model.resource.PlanLoadException.Kind} to switch on; a file already in the resource set is
 * returned, never loaded twice. Files of an older model version are migrated before EMF reads them, newer ones
 * are refused. Elements are identified by their {@code uuid}, which is also their URI fragment. Saving checks
 * integrity ({@link org.phaen.model.resource.IntegrityCheck}; a refusal is a
 * {@link org.phaen.model.resource.PlanSaveRefusedException} and nothing is written), writes a temporary file in the
 * same folder, forces it to disk, copies the old file and renames the copy over {@code .bak}, and renames
 * atomically: a failed or killed save leaves the previous file and a whole backup; its temporary files are
 * removed by the next save of the same file.
 * <p>
 * <b>Threads:</b> a resource set and its resources belong to one thread at a time (EMF is not thread-safe), and
 * even reading a plan can load linked files into its set. {@code PlanFiles}, {@code SafeSave},
 * {@code IntegrityCheck}, {@code CrossFileLinks}, {@code Identifiers} and {@code Labels} keep no state, so
 * different resource sets may load and save in parallel.
 * <p>
 * <b>Global state:</b> static and shared by every load in the JVM (per class loader that loads this library): the
 * parser pool and the name-to-feature cache of {@link org.phaen.model.resource.PhaenResourceOptions} (safe for
 * concurrent loads; the cache holds only the Phaen model's own names) and the registry of
 * {@link org.phaen.model.resource.ModelMigrations} (filled from {@link java.util.ServiceLoader} when first used;
 * {@code register} and {@code unregister} affect every later load). Using {@code PhaenPackage.eINSTANCE}
 * registers the package in EMF's global {@code EPackage.Registry.INSTANCE}, as every generated EMF model does;
 * resource sets from {@code newResourceSet} or {@code configure} carry their own registrations and need nothing
 * else of EMF's global registries. Two copies of the library in different class loaders each have their own
 * static state and their own {@code EClass}es.
 */
package org.phaen.model.resource;
