/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanModel;

/**
 * The entry point for plain Java programs: resource sets that know plan files, loading with clear errors, safe
 * saving. Plans loaded into one resource set see each other: cross-file links (a provincial strategy aligned to a
 * regional one) resolve within the set, loading the linked file on demand.
 */
public final class PlanFiles {

    private PlanFiles() {}

    /** A resource set that reads and writes {@code *.phaen} files, inside or outside OSGi. */
    public static ResourceSet newResourceSet() {
        return configure(new ResourceSetImpl());
    }

    /**
     * Teaches a resource set the caller already has to read and write plan files as {@link #newResourceSet()}
     * does: the Phaen package and the plan file factory (hardened, fast loading options come with each plan
     * resource). Other registrations of the set are kept.
     *
     * @return the same set
     */
    public static ResourceSet configure(ResourceSet set) {
        set.getPackageRegistry().put(PhaenPackage.eNS_URI, PhaenPackage.eINSTANCE);
        set.getResourceFactoryRegistry()
                .getExtensionToFactoryMap()
                .put(PhaenResourceFactory.EXTENSION, new PhaenResourceFactory());
        return set;
    }

    /**
     * Loads a plan file into the set; cross-file references resolve on demand within the same set. A file
     * already in the set (loaded before, or through a link from another plan) is not loaded again: its plan is
     * returned, so each file is one resource however often it is asked for.
     *
     * @throws PlanLoadException when the file cannot be read as a plan; {@link PlanLoadException#getKind()} says why
     */
    public static PlanModel load(ResourceSet set, Path file) throws PlanLoadException {
        String name = file.toString();
        Path absolute = readable(file);
        URI uri = URI.createFileURI(absolute.toString());
        Resource existing = set.getResource(uri, false);
        if (existing != null) {
            if (existing.isLoaded()
                    && existing.getErrors().isEmpty()
                    && !existing.getContents().isEmpty()
                    && existing.getContents().get(0) instanceof PlanModel model) {
                return model;
            }
            set.getResources()
                    .remove(existing); // an earlier attempt that failed, say a link followed while the file was missing
        }
        if (!(set.getResourceFactoryRegistry().getFactory(uri) instanceof PhaenResourceFactory)) {
            throw new PlanLoadException(
                    name,
                    0,
                    PlanLoadException.Kind.UNKNOWN_EXTENSION,
                    "not a plan file name: plan files end in ." + PhaenResourceFactory.EXTENSION
                            + " (rename the file, or register PhaenResourceFactory for its extension)",
                    null);
        }
        Resource resource = set.createResource(uri);
        try {
            resource.load(null);
        } catch (IOException | RuntimeException e) {
            set.getResources().remove(resource);
            throw LoadFailures.explain(name, absolute, e);
        }
        return planOf(resource, name);
    }

    /**
     * Reads a plan from a file whatever its name, as if it lived at {@code place}: links to other files are read
     * relative to {@code place}, so the plan saved there writes them exactly as they were. For copies such as the
     * temporary files git hands a merge driver ({@code .merge_file_XXXXXX}).
     *
     * @throws PlanLoadException when the file cannot be read as a plan
     */
    public static PlanModel loadAs(ResourceSet set, Path file, Path place) throws PlanLoadException {
        String name = file.toString();
        Path absolute = readable(file);
        Resource resource = new PhaenResource(
                URI.createFileURI(place.toAbsolutePath().normalize().toString()));
        set.getResources().add(resource);
        try (InputStream in = Files.newInputStream(absolute)) {
            resource.load(in, null);
        } catch (IOException | RuntimeException e) {
            set.getResources().remove(resource);
            throw LoadFailures.explain(name, absolute, e);
        }
        return planOf(resource, name);
    }

    private static Path readable(Path file) throws PlanLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new PlanLoadException(
                    file.toString(),
                    0,
                    PlanLoadException.Kind.NOT_FOUND,
                    Files.exists(absolute) ? "not a regular file" : "no such file",
                    null);
        }
        if (!Files.isReadable(absolute)) {
            throw new PlanLoadException(file.toString(), 0, PlanLoadException.Kind.NOT_READABLE, "not readable", null);
        }
        return absolute;
    }

    private static PlanModel planOf(Resource resource, String name) throws PlanLoadException {
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanModel model)) {
            resource.getResourceSet().getResources().remove(resource);
            throw new PlanLoadException(
                    name,
                    0,
                    PlanLoadException.Kind.NOT_A_PLAN,
                    "not a Phaen plan (its root element is not a PlanModel)",
                    null);
        }
        return model;
    }

    /**
     * Loads a plan file as {@link #load} does, then follows every link to another plan file and reports those
     * that lead nowhere (a missing regional file, a deleted element).
     *
     * @throws PlanLoadException when the file itself cannot be read as a plan
     */
    public static LoadReport loadAndCheckLinks(ResourceSet set, Path file) throws PlanLoadException {
        PlanModel plan = load(set, file);
        return new LoadReport(plan, CrossFileLinks.unresolved(plan.eResource()));
    }

    /**
     * Saves a model as {@code file}: a new resource for it in the set (so links to the set's other plans are written
     * relative to it), then the safe save. A model already in a file moves to the new one, its links to its own
     * elements with it (they name the new file, not the old).
     *
     * @throws PlanSaveRefusedException when the name is not {@code *.phaen} or the model would lose information
     * @throws IOException when writing fails; an existing file is left as it was
     */
    public static void saveAs(PlanModel model, ResourceSet set, Path file) throws IOException {
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        if (!(set.getResourceFactoryRegistry().getFactory(uri) instanceof PhaenResourceFactory)) {
            throw PlanSaveRefusedException.wrongExtension(file.toString());
        }
        if (model.eResource() != null && model.eResource().getURI() != null) {
            OwnFileLinks.resolve(model.eResource());
        }
        Resource resource = set.createResource(uri);
        resource.getContents().add(model);
        new SafeSave().save(resource, file);
    }

    /**
     * Saves the model's resource safely to its own file.
     *
     * @throws PlanSaveRefusedException when the model would lose information; nothing is written
     * @throws IOException when writing fails; the previous file is left as it was
     */
    public static void save(PlanModel model) throws IOException {
        Resource resource = model.eResource();
        new SafeSave().save(resource, Path.of(resource.getURI().toFileString()));
    }
}
