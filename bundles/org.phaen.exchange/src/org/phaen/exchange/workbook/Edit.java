/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.workbook;

/** One change an imported workbook asks of the plan, said in words, applied only when the whole workbook is sound. */
public record Edit(String what, Runnable apply) {

    @Override
    public String toString() {
        return what;
    }
}
