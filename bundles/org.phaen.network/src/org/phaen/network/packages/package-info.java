/**
 * Packages between a provincial office and the region (docs/package-format.md). {@link org.phaen.network.packages.PackageBuilder}
 * makes one from plan files and a monitoring store; {@link org.phaen.network.packages.PackageArchive} checks one
 * (entry paths, sizes, every hash against the manifest, the model version) before anything of it is used; and
 * {@link org.phaen.network.packages.PackageReception} stores a checked package's rows in one transaction, once.
 * Not thread-safe; each call works on its own files and store connection.
 */
package org.phaen.network.packages;
