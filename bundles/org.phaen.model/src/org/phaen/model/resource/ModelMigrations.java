/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of model migrations, keyed by the version they read: static and shared by every load in the JVM,
 * filled from {@link ServiceLoader} when first used.
 */
public final class ModelMigrations {

    private static final Map<String, ModelMigration> BY_SOURCE = new ConcurrentHashMap<>();

    static {
        ServiceLoader.load(ModelMigration.class, ModelMigration.class.getClassLoader())
                .forEach(ModelMigrations::register);
    }

    private ModelMigrations() {}

    /** Adds a migration for every later load in this JVM, replacing one that reads the same version. */
    public static void register(ModelMigration migration) {
        BY_SOURCE.put(migration.fromVersion(), migration);
    }

    /** Removes a migration registered before (nothing happens when another one reads its version). */
    public static void unregister(ModelMigration migration) {
        BY_SOURCE.remove(migration.fromVersion(), migration);
    }

    /**
     * The migrations that take a file from {@code version} to {@link ModelVersion#CURRENT}.
     *
     * @throws IllegalStateException when no chain of registered migrations leads there
     */
    public static List<ModelMigration> chainFrom(String version) {
        List<ModelMigration> chain = new ArrayList<>();
        String at = version;
        while (!at.equals(ModelVersion.CURRENT)) {
            ModelMigration next = BY_SOURCE.get(at);
            if (next == null || chain.size() > BY_SOURCE.size()) {
                throw new IllegalStateException(
                        "no migration from model version " + at + " towards " + ModelVersion.CURRENT);
            }
            chain.add(next);
            at = next.toVersion();
        }
        return chain;
    }
}
