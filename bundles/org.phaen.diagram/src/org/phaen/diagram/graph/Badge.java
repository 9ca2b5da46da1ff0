/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.graph;

/**
 * A small marker on a node standing for another element (an indicator) or for what others link to it: its label,
 * status, colour and a tooltip (null for none).
 */
public record Badge(String elementId, String label, String status, String color, String tooltip) {

    /** A badge without a tooltip. */
    public Badge(String elementId, String label, String status, String color) {
        this(elementId, label, status, color, null);
    }
}
