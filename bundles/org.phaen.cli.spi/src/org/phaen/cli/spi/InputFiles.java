/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Input files named on the command line, checked before any work starts, so a typo is bad input (exit 2). */
public final class InputFiles {

    private InputFiles() {}

    /** Refuses the first file that is missing or is a folder. */
    public static void require(List<Path> files) throws BadInputException {
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                throw new BadInputException(file + ": a folder, not a file", null);
            }
            if (!Files.isRegularFile(file)) {
                throw new BadInputException(file + ": no such file", null);
            }
        }
    }
}
