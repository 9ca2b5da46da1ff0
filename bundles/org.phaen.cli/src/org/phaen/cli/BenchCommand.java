/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import picocli.CommandLine.Command;

/** {@code phaen bench ...}: benchmarks that print figures, run in one JVM each; the bundles contribute them. */
@Command(name = "bench", description = "Benchmarks; each prints medians of several runs.")
final class BenchCommand {}
