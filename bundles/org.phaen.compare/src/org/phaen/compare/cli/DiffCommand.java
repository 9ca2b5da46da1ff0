/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Choices;
import org.phaen.cli.spi.ExitCodes;
import org.phaen.cli.spi.Loading;
import org.phaen.compare.PlanComparison;
import org.phaen.compare.PlanDiff;
import org.phaen.compare.PlanIndex;
import org.phaen.compare.Words;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phaen diff OLD NEW}: two versions of a plan compared element by element, matched by UUID. */
@Command(
        name = "diff",
        description = {
            "Compare two versions of a plan element by element, matched by UUID. Exit 0: no difference, 1: differences, 2: bad input.",
            "Lists elements added, removed, moved to another container, changed (each attribute old -> new, links by code and "
                    + "name, numbers with their difference) and reordered. Given git's seven external-diff arguments, compares the "
                    + "2nd and 5th and exits 0 (see docs/compare.md)."
        })
final class DiffCommand implements Callable<Integer> {

    private static final String NO_FILE = "/dev/null";

    @Parameters(
            arity = "2..7",
            paramLabel = "FILE",
            description = "OLD NEW (*.phaen), or the seven arguments git passes an external diff.")
    List<String> arguments;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (default ${DEFAULT-VALUE}).")
    String format;

    @Option(
            names = "--lang",
            defaultValue = "th",
            description = "Language of the words: th or en (default ${DEFAULT-VALUE}).")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DiffFormat form = Choices.of(DiffFormat.class, format, "--format");
        Words words = Words.of(
                Choices.of(DiffFormat.Language.class, lang, "--lang").name().toLowerCase(Locale.ROOT));
        boolean git = arguments.size() == 7;
        if (arguments.size() != 2 && !git) {
            throw new BadInputException(
                    "diff compares two files, OLD NEW (or takes git's seven external-diff arguments), not "
                            + arguments.size(),
                    null);
        }
        String oldName = arguments.get(git ? 1 : 0), newName = arguments.get(git ? 4 : 1);
        PrintWriter out = spec.commandLine().getOut();
        if (git) {
            out.println("phaen diff " + arguments.get(0));
            if (NO_FILE.equals(oldName) || NO_FILE.equals(newName)) {
                out.println(words.text(NO_FILE.equals(oldName) ? "newFile" : "deletedFile"));
                return ExitCodes.OK;
            }
        }
        PlanIndex[] versions = loadBoth(oldName, newName);
        PlanComparison comparison = PlanDiff.compare(versions[0], versions[1]);
        form.write(
                comparison,
                words,
                git ? "a/" + arguments.get(0) : oldName,
                git ? "b/" + arguments.get(0) : newName,
                out);
        out.flush();
        return git || comparison.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /**
     * Both versions, read and indexed at the same time (each in a resource set of its own on its own thread: two cores
     * halve the wait); a failure of the old one is reported first.
     */
    static PlanIndex[] loadBoth(String oldFile, String newFile) throws BadInputException {
        PlanIndex[] versions = new PlanIndex[2];
        BadInputException[] failures = new BadInputException[2];
        Thread reader = Thread.ofPlatform().start(() -> {
            try {
                versions[0] = PlanIndex.of(load(oldFile));
            } catch (BadInputException e) {
                failures[0] = e;
            }
        });
        try {
            versions[1] = PlanIndex.of(load(newFile));
        } catch (BadInputException e) {
            failures[1] = e;
        }
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException("interrupted while reading " + oldFile, e);
        }
        for (BadInputException failure : failures) {
            if (failure != null) {
                throw failure;
            }
        }
        return versions;
    }

    /** One version in a resource set of its own, so the two never share an element. */
    static PlanModel load(String file) throws BadInputException {
        return Loading.loadAll(PlanFiles.newResourceSet(), List.of(Path.of(file)))
                .get(0);
    }
}
