/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;

/**
 * A plan as JSON, written and read by EMF Cloud's emfjson-jackson: every attribute and reference of the metamodel,
 * objects keyed by their UUIDs, references to other plan files as relative {@code file.phaen#uuid} links. The JSON
 * is for other programs (web tools, scripts); the {@code .phaen} file stays the plan of record.
 */
public final class PlanJson {

    public static final String EXTENSION = "json";

    private PlanJson() {}

    /**
     * Writes a copy of the model to a JSON file. The copy sits in its own resource in the model's resource set, so
     * links to other plan files are written relative to the JSON file; the model itself is not touched.
     */
    public static void write(PlanModel model, Path json) throws IOException {
        ResourceSet set = model.eResource() != null && model.eResource().getResourceSet() != null
                ? model.eResource().getResourceSet()
                : PlanFiles.newResourceSet();
        Resource resource = JsonMapper.resourceFactory().createResource(fileUri(json));
        set.getResources().add(resource);
        try {
            resource.getContents().add(EcoreUtil.copy(model));
            resource.save(null);
        } finally {
            resource.unload();
            set.getResources().remove(resource);
        }
    }

    /**
     * Reads a JSON plan and saves it as a plan file (safely: integrity check, temp file, atomic rename). Links to
     * other plan files are kept, re-written relative to the new file. Returns the saved model, loaded in the set.
     */
    public static PlanModel convert(Path json, Path planFile, ResourceSet set) throws PlanLoadException, IOException {
        PlanModel model = read(json, set);
        PlanFiles.saveAs(model, set, planFile);
        return model;
    }

    /** Reads a JSON plan into the set (its resource is removed once the root is taken out). */
    public static PlanModel read(Path json, ResourceSet set) throws PlanLoadException {
        String name = json.toString();
        if (!Files.isRegularFile(json)) {
            throw new PlanLoadException(name, 0, PlanLoadException.Kind.NOT_FOUND, "no such file", null);
        }
        Resource resource = JsonMapper.resourceFactory().createResource(fileUri(json));
        set.getResources().add(resource);
        try {
            resource.load(null);
        } catch (IOException | RuntimeException e) {
            set.getResources().remove(resource);
            throw new PlanLoadException(
                    name,
                    0,
                    PlanLoadException.Kind.NOT_A_PLAN,
                    "not readable as a Phaen JSON plan: " + e.getMessage(),
                    e);
        }
        set.getResources().remove(resource);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanModel model)) {
            throw new PlanLoadException(
                    name,
                    0,
                    PlanLoadException.Kind.NOT_A_PLAN,
                    "not a Phaen JSON plan (its root is not a PlanModel with an eClass)",
                    null);
        }
        return model;
    }

    private static URI fileUri(Path file) {
        return URI.createFileURI(file.toAbsolutePath().toString());
    }
}
