/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.phaen.diagram.graph.DiagramGraph;
import org.phaen.diagram.graph.Node;
import org.phaen.diagram.graph.Point;

/** Geometry checks on laid-out graphs. */
final class Boxes {

    private Boxes() {}

    /** No two nodes overlap unless one contains the other; children lie inside their container. */
    static void assertNoOverlaps(DiagramGraph graph) {
        List<Node> nodes = new ArrayList<>(graph.nodes());
        for (int i = 0; i < nodes.size(); i++) {
            Node a = nodes.get(i);
            assertTrue(a.width() > 0 && a.height() > 0, a.id());
            if (a.parent() != null) {
                assertTrue(inside(a, a.parent()), a.id() + " lies outside its container");
            }
            for (int j = i + 1; j < nodes.size(); j++) {
                Node b = nodes.get(j);
                if (!ancestor(a, b) && !ancestor(b, a) && overlap(a, b)) {
                    fail(a.id() + " overlaps " + b.id());
                }
            }
        }
    }

    static boolean overlap(Node a, Node b) {
        Point p = a.absolute(), q = b.absolute();
        return p.x() < q.x() + b.width()
                && q.x() < p.x() + a.width()
                && p.y() < q.y() + b.height()
                && q.y() < p.y() + a.height();
    }

    private static boolean inside(Node child, Node parent) {
        Point c = child.absolute(), p = parent.absolute();
        return c.x() >= p.x()
                && c.y() >= p.y()
                && c.x() + child.width() <= p.x() + parent.width() + 1e-6
                && c.y() + child.height() <= p.y() + parent.height() + 1e-6;
    }

    private static boolean ancestor(Node a, Node b) {
        for (Node p = b.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }
}
