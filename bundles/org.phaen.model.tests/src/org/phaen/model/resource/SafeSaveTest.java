/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import static org.junit.jupiter.api.Assertions.*;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.Project;
import org.phaen.model.Strategy;
import org.phaen.testing.TestPlans;

class SafeSaveTest {

    @TempDir
    Path dir;

    @Test
    void aFailureMidwayLeavesThePreviousFileIntact() throws Exception {
        Path file = dir.resolve("plan.phaen");
        PlanModel model = TestPlans.regional(PlanFiles.newResourceSet(), file);
        new SafeSave().save(model.eResource(), file);
        byte[] before = Files.readAllBytes(file);

        TestPlans.firstStrategy(model).setName("ชื่อใหม่ที่ยังไม่ควรถูกบันทึก");
        SafeSave failing = new SafeSave(out -> new FailAfter(out, 200));
        IOException e = assertThrows(IOException.class, () -> failing.save(model.eResource(), file));
        assertEquals("disk full (simulated)", e.getMessage());

        assertArrayEquals(before, Files.readAllBytes(file), "previous version intact");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void theSecondSaveKeepsTheFirstAsBackup() throws Exception {
        Path file = dir.resolve("plan.phaen");
        PlanModel model = TestPlans.regional(PlanFiles.newResourceSet(), file);
        new SafeSave().save(model.eResource(), file);
        byte[] first = Files.readAllBytes(file);
        TestPlans.firstStrategy(model).setName("กลยุทธ์ที่แก้ไขแล้ว");
        new SafeSave().save(model.eResource(), file);
        assertArrayEquals(first, Files.readAllBytes(SafeSave.backupOf(file)));
        assertTrue(Files.readString(file).contains("กลยุทธ์ที่แก้ไขแล้ว"));
    }

    @Test
    void temporaryFilesOfKilledSavesGoAtTheNextSaveOfThatFile() throws Exception {
        Path file = dir.resolve("plan.phaen");
        PlanModel model = TestPlans.regional(PlanFiles.newResourceSet(), file);
        new SafeSave().save(model.eResource(), file);
        // What a save killed while writing, and one killed while rotating the backup, leave behind.
        Path killedWrite = Files.writeString(StaleTemporaries.newName(file, ""), "<phaen:PlanModel");
        Path killedRotation = Files.writeString(StaleTemporaries.newName(file, "bak."), "<?xml");
        Path otherFiles = Files.writeString(StaleTemporaries.newName(dir.resolve("other.phaen"), ""), "x");
        Path longerName = Files.writeString(StaleTemporaries.newName(dir.resolve("plan.phaen.x.phaen"), ""), "x");
        new SafeSave().save(model.eResource(), file);
        assertFalse(Files.exists(killedWrite));
        assertFalse(Files.exists(killedRotation));
        assertTrue(Files.exists(otherFiles), "another file's temporary file is not this save's business");
        assertTrue(Files.exists(longerName), "a file whose name starts like this one's is another file");
    }

    @Test
    void aTemporaryFileBeingWrittenIsLeftAlone() throws Exception {
        Path file = dir.resolve("plan.phaen");
        PlanModel model = TestPlans.regional(PlanFiles.newResourceSet(), file);
        Path busy = StaleTemporaries.newName(file, "");
        try (var channel = java.nio.channels.FileChannel.open(
                        busy, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                var lock = channel.lock()) {
            new SafeSave().save(model.eResource(), file);
            assertTrue(Files.exists(busy), "a save in progress keeps its file");
        }
    }

    @Test
    void theBackupIsReplacedByRenameSoAGoodOneAlwaysExists() throws Exception {
        Path file = dir.resolve("plan.phaen");
        PlanModel model = TestPlans.regional(PlanFiles.newResourceSet(), file);
        new SafeSave().save(model.eResource(), file);
        new SafeSave().save(model.eResource(), file);
        Object backupBefore = Files.readAttributes(
                        SafeSave.backupOf(file), java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        TestPlans.firstStrategy(model).setName("กลยุทธ์รอบที่สาม");
        new SafeSave().save(model.eResource(), file);
        Object backupAfter = Files.readAttributes(
                        SafeSave.backupOf(file), java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        // A new file renamed into place, not the old backup overwritten: a kill midway leaves the old backup whole.
        assertNotEquals(backupBefore, backupAfter);
        assertNotNull(PlanFiles.load(
                PlanFiles.newResourceSet(), Files.copy(SafeSave.backupOf(file), dir.resolve("check.phaen"))));
    }

    @Test
    void savingKeepsTheFilesPermissions() throws Exception {
        Path file = dir.resolve("shared.phaen");
        PlanModel model = TestPlans.regional(PlanFiles.newResourceSet(), file);
        new SafeSave().save(model.eResource(), file);
        var groupWritable = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, groupWritable);
        new SafeSave().save(model.eResource(), file);
        assertEquals(groupWritable, Files.getPosixFilePermissions(file));
    }

    @Test
    void aDanglingReferenceIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = dir.resolve("plan.phaen");
        PlanModel model = TestPlans.regional(PlanFiles.newResourceSet(), file);
        Strategy orphan = PhaenFactory.eINSTANCE.createStrategy();
        orphan.setName("ไม่มีที่อยู่");
        Project project = TestPlans.project("โครงการ");
        project.getImplementsStrategies().add(orphan);
        model.getPlans().add(PhaenFactory.eINSTANCE.createActionPlan());
        ((org.phaen.model.ActionPlan) model.getPlans().get(1)).getProjects().add(project);
        PlanSaveRefusedException e =
                assertThrows(PlanSaveRefusedException.class, () -> new SafeSave().save(model.eResource(), file));
        assertTrue(e.getMessage().contains("implementsStrategies"), e.getMessage());
        assertEquals(1, e.getProblems().size(), e.getMessage());
        assertFalse(Files.exists(file));
    }

    /** Passes bytes through until a limit, then fails like a full disk. */
    private static final class FailAfter extends FilterOutputStream {
        private int left;

        FailAfter(OutputStream out, int limit) {
            super(out);
            left = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("disk full (simulated)");
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
