/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

import java.util.List;

/**
 * What a bundle adds to the {@code phaen} command line. A bundle implements this once (a public class with a
 * public no-argument constructor) and declares it twice: in {@code META-INF/services/org.phaen.cli.spi.CommandContribution}
 * for plain Java, and as a Declarative Services component providing this interface for OSGi.
 */
public interface CommandContribution {

    /** The bundle's commands; the command line creates a new command object from each class on every run. */
    List<ContributedCommand> commands();
}
