/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.Consent;
import org.phaen.model.Person;
import org.phaen.model.PlanModel;

/** A 1.0 file's one yes/no per person becomes a 1.1 consent record covering the name and every contact. */
class ConsentMigrationTest {

    @TempDir
    Path dir;

    @Test
    void yesBecomesARecordWithoutDatesAndNoBecomesNone() throws Exception {
        Path file = dir.resolve("old.phaen");
        Files.writeString(file, """
            <?xml version="1.0" encoding="UTF-8"?>
            <phaen:PlanModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:phaen="http://www.phaen.org/model/1.0" uuid="m1" modelVersion="1.0">
              <people uuid="p1" code="P1" name="ศิริพร พรหมมา" publicationConsent="true">
                <contacts uuid="c1" kind="PHONE" value="081-000-6502"/>
                <contacts uuid="c2" kind="EMAIL" value="siriporn.p@example.org"/>
              </people>
              <people uuid="p2" code="P2" name="อรุณี วังทองดี" publicationConsent="false">
                <contacts uuid="c3" kind="PHONE" value="081-000-6505"/>
              </people>
              <people uuid="p3" code="P3" name="คำ อินทร์แก้ว"/>
            </phaen:PlanModel>
            """);
        PlanModel model = PlanFiles.load(PlanFiles.newResourceSet(), file);
        Person yes = model.getPeople().get(0);
        assertEquals(1, yes.getConsents().size());
        Consent consent = yes.getConsents().get(0);
        assertTrue(consent.isCoversName());
        assertEquals(yes.getContacts(), consent.getCoversContacts());
        assertNull(consent.getGivenOn(), "1.0 never knew the day");
        assertNull(consent.getWithdrawnOn());
        assertEquals(List.of(), model.getPeople().get(1).getConsents());
        assertEquals(List.of(), model.getPeople().get(2).getConsents());

        assertEquals(
                consent.getUuid(),
                PlanFiles.load(PlanFiles.newResourceSet(), file)
                        .getPeople()
                        .get(0)
                        .getConsents()
                        .get(0)
                        .getUuid(),
                "migrating the same file twice gives the same record");

        PlanFiles.save(model);
        String saved = Files.readString(file);
        assertTrue(saved.contains("xmlns:phaen=\"http://www.phaen.org/model/1.1\""), saved);
        assertFalse(saved.contains("publicationConsent"), saved);
        assertTrue(saved.contains("coversContacts=\"c1 c2\""), saved);
    }
}
