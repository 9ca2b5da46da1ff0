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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.Membership;
import org.phaen.model.MembershipRole;
import org.phaen.model.PlanModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MigrationTest {

    /** A pretend older format "0.9" in which the plan title was called "heading". */
    private final ModelMigration renameHeading = new ModelMigration() {
        @Override
        public String fromVersion() {
            return "0.9";
        }

        @Override
        public String toVersion() {
            return ModelVersion.CURRENT;
        }

        @Override
        public void migrate(Document document) {
            Element root = document.getDocumentElement();
            root.setAttribute("title", root.getAttribute("heading"));
            root.removeAttribute("heading");
        }
    };

    @TempDir
    Path dir;

    @AfterEach
    void unregister() {
        ModelMigrations.unregister(renameHeading);
    }

    @Test
    void olderFilesAreMigratedOnLoad() throws Exception {
        ModelMigrations.register(renameHeading);
        Path file = write("0.9", "heading=\"แผนรุ่นเก่า\"");
        assertEquals(
                "แผนรุ่นเก่า", PlanFiles.load(PlanFiles.newResourceSet(), file).getTitle());
    }

    /** A 1.0 file (before memberships had terms) loads through the registered 1.0 to 1.1 migration and is saved as 1.1. */
    @Test
    void aVersion10FileLoadsAndIsSavedAsTheCurrentVersion() throws Exception {
        assertEquals("1.1", ModelVersion.CURRENT);
        Path file = dir.resolve("plan-1.0.phaen");
        Files.writeString(
                file,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<phaen:PlanModel xmi:version=\"2.0\""
                        + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:phaen=\"http://www.phaen.org/model/1.0\" uuid=\"m1\" title=\"แผนรุ่น 1.0\""
                        + " modelVersion=\"1.0\">\n"
                        + "  <committees uuid=\"c1\" code=\"CMT\" name=\"คณะกรรมการ\">\n"
                        + "    <memberships uuid=\"s1\" position=\"ศึกษาธิการภาค\" role=\"CHAIR\"/>\n"
                        + "  </committees>\n</phaen:PlanModel>\n");
        PlanModel plan = PlanFiles.load(PlanFiles.newResourceSet(), file);
        Membership seat = plan.getCommittees().get(0).getMemberships().get(0);
        assertEquals(MembershipRole.CHAIR, seat.getRole());
        assertEquals("1.1", plan.getModelVersion(), "the migrated plan says what it now holds");
        assertNull(seat.getStartDate(), "a 1.0 seat has no term: it holds from the committee's beginning");
        assertNull(seat.getEndDate());

        seat.setEndDate(java.time.LocalDate.of(2019, 3, 31));
        PlanFiles.save(plan);
        String saved = Files.readString(file);
        assertTrue(saved.contains("xmlns:phaen=\"http://www.phaen.org/model/1.1\""), saved);
        assertTrue(saved.contains("endDate=\"2019-03-31\""), saved);
        assertEquals(
                java.time.LocalDate.of(2019, 3, 31),
                PlanFiles.load(PlanFiles.newResourceSet(), file)
                        .getCommittees()
                        .get(0)
                        .getMemberships()
                        .get(0)
                        .getEndDate());
    }

    @Test
    void olderFilesWithoutAMigrationPathAreRefused() throws Exception {
        Path file = write("0.5", "title=\"x\"");
        PlanLoadException e =
                assertThrows(PlanLoadException.class, () -> PlanFiles.load(PlanFiles.newResourceSet(), file));
        assertTrue(e.getMessage().contains("no migration from model version 0.5"), e.getMessage());
        assertEquals(PlanLoadException.Kind.MIGRATION_FAILED, e.getKind());
    }

    @Test
    void newerFilesAreRefusedWithAnExplanation() throws Exception {
        Path file = write("9.0", "title=\"x\"");
        PlanLoadException e =
                assertThrows(PlanLoadException.class, () -> PlanFiles.load(PlanFiles.newResourceSet(), file));
        assertTrue(e.getMessage().contains("newer Phaen (model version 9.0)"), e.getMessage());
        assertEquals(PlanLoadException.Kind.NEWER_VERSION, e.getKind());
    }

    @Test
    void versionsCompareNumerically() {
        assertTrue(ModelVersion.compare("1.10", "1.9") > 0);
        assertEquals(0, ModelVersion.compare("1.0", "1"));
        assertEquals("1.0", ModelVersion.ofNamespace("http://www.phaen.org/model/1.0"));
    }

    private Path write(String version, String attributes) throws Exception {
        Path file = dir.resolve("old-" + version + ".phaen");
        Files.writeString(
                file,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<phaen:PlanModel xmi:version=\"2.0\""
                        + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:phaen=\"" + ModelVersion.NS_PREFIX + version
                        + "\" uuid=\"u1\" "
                        + attributes + "/>\n");
        return file;
    }
}
