/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model.internal;

import java.io.IOException;

/** A plan file of another model version that cannot be read: newer than this library, or an older one that did not migrate. */
public final class VersionRefusedException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean newer;

    VersionRefusedException(boolean newer, String reason, Throwable cause) {
        super(reason, cause);
        this.newer = newer;
    }

    /** True when the file is of a newer version, false when an older one failed to migrate. */
    public boolean isNewer() {
        return newer;
    }
}
