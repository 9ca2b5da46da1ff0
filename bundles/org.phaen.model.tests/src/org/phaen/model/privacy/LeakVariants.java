/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.phaen.model.Consent;
import org.phaen.model.ContactDetail;
import org.phaen.model.ContactKind;
import org.phaen.model.Person;
import org.phaen.model.PhaenFactory;
import org.phaen.testing.Repository;

/** The corpus testdata/personal-data/variants.txt and the person it is about. */
final class LeakVariants {

    private LeakVariants() {}

    static Stream<Arguments> all() throws IOException {
        Path file = Repository.path("testdata", "personal-data", "variants.txt");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 2))
                .map(p -> Arguments.of(p[0], p[1].replace("\\n", "\n")));
    }

    /** นาง อรุณี วังทองดี with her phone, e-mail and ID number, without consent. */
    static Person arunee() {
        Person p = PhaenFactory.eINSTANCE.createPerson();
        p.setCode("PLK-P05");
        p.setName("อรุณี วังทองดี");
        p.setNameEn("Arunee Wangthongdee");
        p.setHonorific("นาง");
        contact(p, ContactKind.PHONE, "081-000-6505");
        contact(p, ContactKind.EMAIL, "arunee.w@example.org");
        contact(p, ContactKind.OTHER, "3-6501-00123-45-6");
        return p;
    }

    static Person person(String code, String name, boolean consent) {
        Person p = PhaenFactory.eINSTANCE.createPerson();
        p.setCode(code);
        p.setName(name);
        if (consent) {
            Consent record = PhaenFactory.eINSTANCE.createConsent();
            record.setCoversName(true);
            p.getConsents().add(record);
        }
        return p;
    }

    static ContactDetail contact(Person person, ContactKind kind, String value) {
        ContactDetail c = PhaenFactory.eINSTANCE.createContactDetail();
        c.setKind(kind);
        c.setValue(value);
        person.getContacts().add(c);
        return c;
    }
}
