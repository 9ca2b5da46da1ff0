/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.compare.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.phaen.cli.spi.BadInputException;
import org.phaen.cli.spi.Choices;
import org.phaen.cli.spi.ExitCodes;
import org.phaen.compare.Conflict;
import org.phaen.compare.ConflictText;
import org.phaen.compare.MergeResult;
import org.phaen.compare.PlanDiff;
import org.phaen.compare.Side;
import org.phaen.compare.ThreeWayMerge;
import org.phaen.compare.Words;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PhaenResource;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;
import org.phaen.model.resource.SafeSave;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code phaen merge BASE MINE THEIRS --out FILE}: a three-way merge by UUID; conflicts listed, never resolved silently. */
@Command(
        name = "merge",
        description = {
            "Three-way merge of two versions of a plan by element UUID; conflicts listed, nothing written unless --prefer.",
            "What one side changed since BASE is taken; conflicts (the same attribute changed differently, deleted on one side "
                    + "and changed on the other, moved on both, a link to an element the other side deleted, a list reordered on "
                    + "both) are listed by element. With conflicts nothing is written (exit 1) unless --prefer names the side to "
                    + "take, and then every choice is listed. Exit 0: merged and written (safe save); 2: bad input. As a git merge "
                    + "driver: phaen merge %%O %%A %%B --out %%A --no-backup."
        })
final class MergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BASE", description = "The version both sides started from.")
    Path base;

    @Parameters(index = "1", paramLabel = "MINE", description = "My version.")
    Path mine;

    @Parameters(index = "2", paramLabel = "THEIRS", description = "Their version.")
    Path theirs;

    @Option(
            names = {"-o", "--out"},
            required = true,
            paramLabel = "FILE",
            description = "Where the merged plan is written (it may be MINE).")
    Path out;

    @Option(
            names = "--prefer",
            paramLabel = "SIDE",
            description = "mine or theirs: the side every conflict goes to (each choice is listed).")
    String prefer;

    @Option(
            names = "--no-backup",
            description = "Leave no FILE.bak beside the output (for git, which keeps the history itself).")
    boolean noBackup;

    @Option(
            names = "--lang",
            defaultValue = "th",
            description = "Language of the words: th or en (default ${DEFAULT-VALUE}).")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Side preferred = prefer == null ? null : Choices.of(Side.class, prefer, "--prefer");
        Words words = Words.of(
                Choices.of(DiffFormat.Language.class, lang, "--lang").name().toLowerCase(Locale.ROOT));
        // All three read as if they lived at --out, so links to other files are written back exactly as they were.
        PlanModel baseModel = load(base), mineModel = load(mine), theirsModel = load(theirs);
        int ofMine = PlanDiff.compare(baseModel, mineModel).differences().size();
        int ofTheirs = PlanDiff.compare(baseModel, theirsModel).differences().size();
        MergeResult result;
        try {
            result = ThreeWayMerge.merge(baseModel, mineModel, theirsModel, preferred);
        } catch (IllegalArgumentException unrelated) {
            throw new BadInputException(unrelated.getMessage(), unrelated);
        }
        PrintWriter writer = spec.commandLine().getOut();
        ConflictText text = new ConflictText(words);
        for (Conflict conflict : result.conflicts()) {
            writer.println(
                    preferred == null
                            ? words.text("conflict") + ": " + text.describe(conflict)
                            : words.text("chose", text.side(preferred), text.describe(conflict)));
        }
        if (!result.hasResult()) {
            writer.println(words.text("conflicts", result.conflicts().size()));
            return ExitCodes.FAILED;
        }
        save(result.merged());
        writer.println(words.text("merged", ofMine, ofTheirs, out));
        return ExitCodes.OK;
    }

    private PlanModel load(Path file) throws BadInputException {
        try {
            return PlanFiles.loadAs(PlanFiles.newResourceSet(), file, out);
        } catch (PlanLoadException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private void save(PlanModel merged) throws IOException {
        Path backup = SafeSave.backupOf(out);
        boolean backupExisted = Files.exists(backup);
        // Not PlanFiles.saveAs: git names the file a merge driver writes .merge_file_XXXXXX, without .phaen.
        Resource resource = new PhaenResource(
                URI.createFileURI(out.toAbsolutePath().normalize().toString()));
        PlanFiles.newResourceSet().getResources().add(resource);
        resource.getContents().add(merged);
        new SafeSave().save(resource, out);
        if (noBackup && !backupExisted) {
            Files.deleteIfExists(backup);
        }
    }
}
