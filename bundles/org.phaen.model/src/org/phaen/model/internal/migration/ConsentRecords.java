/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.internal.migration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * 1.0 kept one yes/no per person ({@code publicationConsent}); 1.1 keeps consent records with dates and the
 * details they cover. A "yes" becomes one record covering the name and every contact detail the person had,
 * with no dates (1.0 never knew them); a "no" or nothing becomes no record. The record's UUID is derived from
 * the person's, so migrating the same file twice gives the same file.
 */
final class ConsentRecords {

    private static final String OLD = "publicationConsent";

    private ConsentRecords() {}

    static void migrate(Document document) {
        NodeList people = document.getElementsByTagName("people");
        for (int i = 0; i < people.getLength(); i++) {
            Element person = (Element) people.item(i);
            boolean consented = Boolean.parseBoolean(person.getAttribute(OLD));
            person.removeAttribute(OLD);
            if (consented) {
                person.appendChild(record(document, person));
            }
        }
    }

    private static Element record(Document document, Element person) {
        Element record = document.createElement("consents");
        String seed = person.getAttribute("uuid") + "#consent";
        record.setAttribute(
                "uuid",
                UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
        record.setAttribute("coversName", "true");
        List<String> contacts = new ArrayList<>();
        for (Node n = person.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && e.getTagName().equals("contacts")
                    && !e.getAttribute("uuid").isEmpty()) {
                contacts.add(e.getAttribute("uuid"));
            }
        }
        if (!contacts.isEmpty()) {
            record.setAttribute("coversContacts", String.join(" ", contacts));
        }
        return record;
    }
}
