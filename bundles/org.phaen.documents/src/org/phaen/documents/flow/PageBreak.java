/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.documents.flow;

/** The next block starts on a new page (in the same section: same orientation). */
public record PageBreak() implements Block {

    @Override
    public PageBreak mapText(java.util.function.UnaryOperator<String> f) {
        return this;
    }

    @Override
    public String anchor() {
        return null;
    }
}
