/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

/** Input the user must fix (a missing or malformed file); reported in one line with exit code 2. */
public class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
