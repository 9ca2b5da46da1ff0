/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

/** The exit codes every command keeps to, so scripts can rely on them. */
public final class ExitCodes {

    /** Done; for checks, nothing found. */
    public static final int OK = 0;

    /** The command ran and found a problem (validation errors, rejected rows, personal data) or failed. */
    public static final int FAILED = 1;

    /** Bad input: an unreadable or malformed file, a malformed argument ({@link BadInputException}). */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
