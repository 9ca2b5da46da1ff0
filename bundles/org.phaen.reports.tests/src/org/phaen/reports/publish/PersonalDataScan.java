/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.ContactDetail;
import org.phaen.model.Person;
import org.phaen.model.calendar.ThaiDates;

/**
 * The test's own list of personal data (not the one the pack uses, so a bug there cannot hide a leak): the name
 * and every contact value of each person without a consent record, phones also as bare digits and in Thai digits; and a
 * scan of files for them.
 */
final class PersonalDataScan {

    private final Set<String> needles = new LinkedHashSet<>();

    PersonalDataScan(ResourceSet set) {
        for (Resource r : set.getResources()) {
            r.getAllContents().forEachRemaining(o -> {
                if (o instanceof Person p && p.getConsents().isEmpty()) {
                    needles.add(p.getName());
                    if (p.getNameEn() != null) {
                        needles.add(p.getNameEn());
                    }
                    p.getContacts().stream()
                            .filter(ContactDetail::isPersonalData)
                            .forEach(this::addContact);
                }
            });
        }
        needles.remove(null);
    }

    private void addContact(ContactDetail c) {
        String v = c.getValue();
        needles.add(v);
        needles.add(ThaiDates.toThaiDigits(v));
        String digits = v.replaceAll("[^0-9]", "");
        if (digits.length() >= 9) { // a phone number written without separators
            needles.add(digits);
        }
    }

    Set<String> needles() {
        return needles;
    }

    /** "file: needle" for every needle found in any file under the folder (all files, as UTF-8). */
    List<String> scan(Path folder) {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                needles.stream().filter(text::contains).forEach(n -> hits.add(folder.relativize(file) + ": " + n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }
}
