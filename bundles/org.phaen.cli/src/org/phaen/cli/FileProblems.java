/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file the command could not read or write, in words: Java's file exceptions carry only the path (an unwritable
 * {@code --out} printed just the folder), or the system's reason at best.
 */
final class FileProblems {

    private FileProblems() {}

    static String describe(FileSystemException e) {
        String why;
        if (e instanceof NoSuchFileException) {
            why = "no such file or folder";
        } else if (e instanceof AccessDeniedException) {
            why = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            why = "a file of that name is in the way (a folder is needed there)";
        } else if (e instanceof NotDirectoryException) {
            why = "not a folder";
        } else if (e instanceof DirectoryNotEmptyException) {
            why = "the folder is not empty";
        } else {
            why = e.getReason() != null ? e.getReason().toLowerCase() : "cannot be read or written";
        }
        return (e.getFile() != null ? e.getFile() : e.getMessage()) + ": " + why;
    }
}
