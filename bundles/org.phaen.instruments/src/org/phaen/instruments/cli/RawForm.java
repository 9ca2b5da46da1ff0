/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.cli;

import java.io.IOException;
import java.io.OutputStream;

/** The anchor of {@code bench instruments}: the same form written by the underlying library alone. */
interface RawForm {

    void write(OutputStream out) throws IOException;
}
