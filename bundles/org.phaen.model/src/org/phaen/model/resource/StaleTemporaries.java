/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * The temporary files of {@link SafeSave}: {@code .NAME.UUID.tmp} for the new file and {@code .NAME.bak.UUID.tmp}
 * for the backup being rotated. A save that was killed leaves its temporary file behind; the next save of
 * the same file removes it. A save in progress holds a lock on its file, so its file is left alone.
 */
final class StaleTemporaries {

    private StaleTemporaries() {}

    /** A fresh temporary name beside the target; {@code infix} is "" or "bak.". */
    static Path newName(Path target, String infix) {
        return target.resolveSibling("." + target.getFileName() + "." + infix + Identifiers.newUuid() + ".tmp");
    }

    /** Deletes the unlocked temporary files of earlier saves of {@code target}; returns how many. */
    static int remove(Path target) throws IOException {
        Pattern ours = Pattern.compile(
                "\\." + Pattern.quote(target.getFileName().toString()) + "\\.(bak\\.)?[0-9a-f-]{36}\\.tmp");
        int removed = 0;
        try (DirectoryStream<Path> siblings =
                Files.newDirectoryStream(target.getParent(), "." + globSafe(target) + ".*.tmp")) {
            for (Path candidate : siblings) {
                if (ours.matcher(candidate.getFileName().toString()).matches() && unlocked(candidate)) {
                    removed += Files.deleteIfExists(candidate) ? 1 : 0;
                }
            }
        }
        return removed;
    }

    private static boolean unlocked(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException sameJvmSaving) {
            return false;
        } catch (IOException gone) {
            return false;
        }
    }

    private static String globSafe(Path target) {
        return target.getFileName().toString().replaceAll("[\\\\*?\\[\\]{}]", "?");
    }
}
