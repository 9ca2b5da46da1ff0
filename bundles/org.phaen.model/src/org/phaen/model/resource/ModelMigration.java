/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import org.w3c.dom.Document;

/**
 * Migrates a plan file from one model version to the next, on the XML before EMF loads it.
 * Implementations are found with {@link java.util.ServiceLoader} or registered with
 * {@link ModelMigrations#register(ModelMigration)}. The migrator rewrites the namespace itself.
 */
public interface ModelMigration {

    /** The version this migration reads, e.g. "1.0". */
    String fromVersion();

    /** The version it produces, e.g. "1.1". */
    String toVersion();

    /** Changes the document in place (a DOM parsed without namespace awareness). */
    void migrate(Document document);
}
