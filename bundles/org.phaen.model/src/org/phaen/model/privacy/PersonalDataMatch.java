/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

/** Where a term was found in a text: {@code start} inclusive, {@code end} exclusive, title and prefix included. */
public record PersonalDataMatch(int start, int end, PersonalTerm term, String found) {

    /** "phone number of PLK-P05 written as '081 000 6505'", for the people who must remove it. */
    public String describe() {
        return term.describe() + " written as '" + found + "'";
    }
}
