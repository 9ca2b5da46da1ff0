/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.resource;

import java.io.IOException;

/**
 * A plan file could not be read. The message names the file and, when known, the line, in plain words;
 * {@link #getKind()} says what went wrong so that a caller can act on it without reading the message.
 */
public class PlanLoadException extends IOException {

    private static final long serialVersionUID = 2L;

    /** What went wrong, for callers that treat some failures differently (say, offer an update for a newer file). */
    public enum Kind {
        /** There is no file at the path, or it is a folder. */
        NOT_FOUND,
        /** The file exists but this process may not read it. */
        NOT_READABLE,
        /** The file name does not end in {@code .phaen}, so no plan reader is registered for it. */
        UNKNOWN_EXTENSION,
        /** The file is not XML at all, or XML whose root is not a Phaen plan. */
        NOT_A_PLAN,
        /** The file ends before the plan does (an interrupted copy or download). */
        TRUNCATED,
        /** The XML is broken at the line given (a missing end tag, a stray character). */
        MALFORMED,
        /** The file contains a DOCTYPE declaration; plan files never do, and it is refused for safety. */
        DOCTYPE_REFUSED,
        /** The file was written by a newer Phaen whose model version this library does not know. */
        NEWER_VERSION,
        /** The file is of an older model version that could not be migrated. */
        MIGRATION_FAILED,
        /** The plan has an attribute or element the model does not know (often a typo), at the line given. */
        UNKNOWN_CONTENT,
        /** Two elements of the file carry the same UUID. */
        DUPLICATE_UUID,
        /** Anything else (an I/O error while reading, an unreadable value); the cause says more. */
        UNREADABLE
    }

    private final String file;
    private final int line;
    private final Kind kind;

    /**
     * @param file the file as the user named it
     * @param line the line of the problem, or 0 when unknown
     * @param kind what went wrong
     * @param reason the problem in plain words, without the file name
     * @param cause the underlying exception, or null
     */
    public PlanLoadException(String file, int line, Kind kind, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason, cause);
        this.file = file;
        this.line = line;
        this.kind = kind;
    }

    /** A failure of kind {@link Kind#UNREADABLE}; prefer the constructor with a kind. */
    public PlanLoadException(String file, int line, String reason, Throwable cause) {
        this(file, line, Kind.UNREADABLE, reason, cause);
    }

    /** The file as the caller named it. */
    public String getFile() {
        return file;
    }

    /** The line of the problem, or 0 when the parser did not say. */
    public int getLine() {
        return line;
    }

    /** What went wrong. */
    public Kind getKind() {
        return kind;
    }
}
