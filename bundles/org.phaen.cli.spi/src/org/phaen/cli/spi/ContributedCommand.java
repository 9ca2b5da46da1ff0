/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

import java.util.Objects;
import picocli.CommandLine.Command;

/**
 * One command a bundle contributes: a picocli {@link Command} class with a no-argument constructor (it may be
 * package-private), where {@code phaen --help} lists it, and the command it belongs under ({@code null} for a
 * top-level command, {@code "bench"} for a benchmark).
 *
 * @param type the {@link Command}-annotated class
 * @param group the heading {@code phaen --help} lists it under
 * @param rank its place within the group (or among its parent's subcommands): lower first
 * @param parent the name of the top-level command it is a subcommand of, or {@code null}
 */
public record ContributedCommand(Class<?> type, CommandGroup group, int rank, String parent) {

    public ContributedCommand {
        Objects.requireNonNull(group, "group");
        if (!type.isAnnotationPresent(Command.class)) {
            throw new IllegalArgumentException(type.getName() + " is not a picocli @Command");
        }
    }

    /** A top-level command, {@code phaen NAME}. */
    public static ContributedCommand command(CommandGroup group, int rank, Class<?> type) {
        return new ContributedCommand(type, group, rank, null);
    }

    /** A benchmark, {@code phaen bench NAME}. */
    public static ContributedCommand benchmark(int rank, Class<?> type) {
        return new ContributedCommand(type, CommandGroup.BENCHMARKS, rank, "bench");
    }

    /** The command's name, from its annotation. */
    public String name() {
        return type.getAnnotation(Command.class).name();
    }
}
