/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.validation;

/** How serious a finding is. Errors make {@code phaen validate} exit 1. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
