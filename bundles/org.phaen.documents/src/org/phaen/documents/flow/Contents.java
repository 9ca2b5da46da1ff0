/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

/**
 * Where the table of contents stands, under its {@code title}: renderers list the headings of levels 1 to
 * {@code depth} with their page numbers (a TOC field in Word).
 */
public record Contents(String title, int depth) implements Block {

    @Override
    public Contents mapText(java.util.function.UnaryOperator<String> f) {
        return new Contents(f.apply(title), depth);
    }

    @Override
    public String anchor() {
        return null;
    }
}
