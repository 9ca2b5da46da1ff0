/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Saves a plan file so that a crash or a failed write never destroys the previous version:
 * integrity check, write to a temporary file in the same folder (locked while it is written), force it to
 * disk, copy the old file to a temporary backup and rename that over {@code name.bak}, then rename the new
 * file atomically over the target. Every step is a complete file or an atomic rename, so a kill at any
 * moment leaves a whole plan and a whole backup. Temporary files of saves that were killed are removed on
 * the next save of the same file (see {@link StaleTemporaries}).
 */
public final class SafeSave {

    private final UnaryOperator<OutputStream> streamDecorator;

    /** A save that writes straight to disk. */
    public SafeSave() {
        this(UnaryOperator.identity());
    }

    /** For tests: lets a test fail the write midway. */
    SafeSave(UnaryOperator<OutputStream> streamDecorator) {
        this.streamDecorator = streamDecorator;
    }

    /**
     * Saves the resource to the given file.
     *
     * @throws PlanSaveRefusedException when the model would lose information; nothing is written
     * @throws IOException when writing fails; the previous file and its backup are untouched
     */
    public void save(Resource resource, Path file) throws IOException {
        List<String> problems = IntegrityCheck.problems(resource);
        if (!problems.isEmpty()) {
            throw new PlanSaveRefusedException(file.toString(), problems);
        }
        Path target = file.toAbsolutePath();
        // Relative cross-file references are written relative to where the file now lives.
        resource.setURI(URI.createFileURI(target.toString()));
        Path folder = target.getParent();
        Files.createDirectories(folder);
        StaleTemporaries.remove(target);
        Path temp = StaleTemporaries.newName(target, "");
        try {
            // Not Files.createTempFile: its owner-only permissions would end up on the saved plan.
            try (FileOutputStream raw = new FileOutputStream(temp.toFile());
                    OutputStream out = streamDecorator.apply(raw)) {
                raw.getChannel().lock(); // tells another process's cleaner that this save is alive; released on close
                resource.save(out, null);
                out.flush();
                raw.getChannel().force(true);
            }
            if (Files.exists(target)) {
                rotateBackup(target);
                keepPermissions(target, temp);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Where the previous version of a file is kept. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** The current file becomes the backup by a complete copy and a rename, never by overwriting the old backup in place. */
    private static void rotateBackup(Path target) throws IOException {
        Path temp = StaleTemporaries.newName(target, "bak.");
        try {
            Files.copy(target, temp, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temp, backupOf(target));
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        if (Files.getFileStore(from).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
