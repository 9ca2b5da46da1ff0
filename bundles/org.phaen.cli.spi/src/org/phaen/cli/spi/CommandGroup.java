/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

/** The headings {@code phaen --help} lists the commands under, in this order. */
public enum CommandGroup {
    PLANS("Plans"),
    EXCHANGE("Plan exchange"),
    MONITORING("Monitoring and reports"),
    SAMPLES("Samples and the demo"),
    BENCHMARKS("Benchmarks");

    private final String heading;

    CommandGroup(String heading) {
        this.heading = heading;
    }

    public String heading() {
        return heading;
    }
}
