/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare;

import org.eclipse.emf.ecore.EObject;

/** A conflict in one line: its kind, the element by kind, code and name, and what each side did. */
public final class ConflictText {

    private final ElementNames names;
    private final ValueText values;

    public ConflictText(Words words) {
        names = new ElementNames(words);
        values = new ValueText(names);
    }

    public String describe(Conflict conflict) {
        Words words = names.words();
        String head = words.text("conflict." + conflict.kind().name()) + ": " + names.of(conflict.element()) + " — ";
        String mine = words.text("mine"), theirs = words.text("theirs");
        return head
                + switch (conflict.kind()) {
                    case FEATURE ->
                        words.feature(conflict.feature()) + ": " + words.text("base") + " "
                                + value(conflict.base(), conflict) + "; " + mine + " "
                                + value(conflict.mine(), conflict) + "; " + theirs + " "
                                + value(conflict.theirs(), conflict);
                    case DELETE_CHANGE ->
                        conflict.other() != null
                                ? words.text("containerDeleted", names.of(conflict.other()), side(conflict.deletedBy()))
                                : words.text("deletedBy", side(conflict.deletedBy())) + "; "
                                        + words.text(
                                                "changedBy",
                                                side(conflict.deletedBy().other()));
                    case MOVE_MOVE ->
                        words.text("placedIn", mine, names.of(conflict.mine().eContainer())) + "; "
                                + words.text(
                                        "placedIn",
                                        theirs,
                                        names.of(conflict.theirs().eContainer()));
                    case REFERENCE_TO_DELETED ->
                        words.text(
                                "linkDeleted",
                                words.feature(conflict.feature()),
                                names.of(conflict.other()),
                                side(conflict.deletedBy()));
                    case ORDER_ORDER -> words.text("order", words.feature(conflict.feature()));
                };
    }

    private String value(EObject version, Conflict conflict) {
        return version == null
                ? names.words().text("unset")
                : values.of(FeatureValues.valueOf(version, conflict.feature()), version);
    }

    /** The word for a side: mine or theirs. */
    public String side(Side side) {
        return names.words().text(side == Side.MINE ? "mine" : "theirs");
    }
}
