/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.notation;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The notation file next to a plan ({@code plan.phaen.notation}), JSON:
 * <pre>{"format": "phaen-notation", "version": 1, "diagrams": {"strategy-map": {"uuid/goal": {"x": 10, "y": 20}}}}</pre>
 * Saved through a temporary file in the same folder, forced to disk and renamed atomically over the old one.
 */
public final class NotationFile {

    static final String FORMAT = "phaen-notation";

    private NotationFile() {}

    public static Path of(Path planFile) {
        return planFile.resolveSibling(planFile.getFileName() + ".notation");
    }

    /** The notation of a plan, empty when it has no notation file yet. */
    public static Notation load(Path planFile) throws IOException {
        Path file = of(planFile);
        return Files.exists(file) ? NotationJson.read(Files.readString(file, StandardCharsets.UTF_8)) : new Notation();
    }

    /** Loads and drops pins of elements that exist in no resource of the set (deleted since); no error for those. */
    public static Notation load(Path planFile, ResourceSet set) throws IOException {
        Notation notation = load(planFile);
        notation.dropStale(uuid -> exists(set, uuid));
        return notation;
    }

    public static void save(Path planFile, Notation notation) throws IOException {
        Path target = of(planFile).toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileOutputStream out = new FileOutputStream(temp.toFile())) {
                out.write(NotationJson.write(notation).getBytes(StandardCharsets.UTF_8));
                out.getChannel().force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean exists(ResourceSet set, String uuid) {
        for (int i = 0; i < set.getResources().size(); i++) {
            Resource resource = set.getResources().get(i);
            if (resource.getEObject(uuid) != null) {
                return true;
            }
        }
        return false;
    }
}
