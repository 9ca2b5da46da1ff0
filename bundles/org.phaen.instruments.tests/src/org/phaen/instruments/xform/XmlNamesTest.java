/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.xform;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Codes become ASCII XML names without ever escaping their place in the form. */
class XmlNamesTest {

    @Test
    void codesAreSanitised() {
        assertEquals("x", XmlNames.sanitise("../x", "item", 1));
        assertEquals("a_b", XmlNames.sanitise("a/b", "item", 1));
        assertEquals("a_b", XmlNames.sanitise("a  / \\ b", "item", 1));
        assertEquals("item_4", XmlNames.sanitise("ข้อหนึ่ง", "item", 4));
        assertEquals("item_4", XmlNames.sanitise(null, "item", 4));
        assertEquals("item_4", XmlNames.sanitise(" .._- ", "item", 4));
        assertEquals("item_2562", XmlNames.sanitise("ปี 2562", "item", 4));
        assertEquals("item_XML_a", XmlNames.sanitise("XML a", "item", 1));
        assertEquals("KPI-1.2", XmlNames.sanitise("KPI-1.2", "item", 1));
        assertEquals("item_1st", XmlNames.sanitise("1st", "item", 1));
        assertEquals("etc_passwd", XmlNames.sanitise("../../etc/passwd", "form", 1));
    }

    @Test
    void namesAreUniqueWithoutCase() {
        XmlNames names = new XmlNames();
        names.reserve("meta");
        assertEquals("Q1", names.allocate("Q1", "item", 1));
        assertEquals("q1_2", names.allocate("q1", "item", 2));
        assertEquals("Q1_3", names.allocate("Q1", "item", 3));
        assertEquals("meta_2", names.allocate("META", "item", 4).toLowerCase());
        assertEquals("item_5", names.allocate("", "item", 5));
        assertEquals("item_5_2", names.allocate("item_5", "item", 6));
    }
}
