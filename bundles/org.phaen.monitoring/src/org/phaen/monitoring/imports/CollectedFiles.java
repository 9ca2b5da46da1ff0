/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.EvaluationInstrument;
import org.phaen.monitoring.data.ImportBatch;

/**
 * A collected file read into a batch for the store: size checked before anything is parsed, content hashed
 * (so a file imported twice counts once), every row checked; any problem and there is no batch at all.
 */
public final class CollectedFiles {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private CollectedFiles() {}

    /** A filled Phaen data-entry workbook, against the plans loaded in {@code plans}. */
    public static ImportBatch workbook(Path file, ResourceSet plans, long maxBytes) throws ImportException {
        byte[] bytes = read(file, maxBytes);
        String name = file.getFileName().toString();
        try (WorkbookReader reader = WorkbookReader.open(bytes, name)) {
            EvaluationInstrument instrument = instrument(plans, reader.instrumentUuid())
                    .orElseThrow(() -> new ImportException(name
                            + " was generated from instrument " + reader.instrumentUuid()
                            + ", which the plan does not have"
                            + " (load the plan it was generated from, or regenerate the instruments)"));
            int version = reader.version();
            if (version < 1 || version > instrument.getVersion()) {
                throw new ImportException(
                        name + " says it is version " + version + " of instrument " + instrument.getCode()
                                + ", a version the plan never had (versions 1 to " + instrument.getVersion() + ")");
            }
            ImportProblems problems = new ImportProblems();
            BatchMapper mapper = new BatchMapper(instrument, version, problems);
            List<Submission> submissions = reader.submissions(mapper.dateItems(), problems);
            submissions.forEach(mapper::add);
            if (submissions.isEmpty() && !problems.any()) {
                problems.add(
                        name, "no filled rows (data start on row 4 of sheet \"" + WorkbookReader.ENTRY_SHEET + "\")");
            }
            if (problems.any()) {
                throw new RowsRejected(name, problems.messages());
            }
            return mapper.batch(name, sha256(bytes));
        }
    }

    /**
     * An ODK Central or KoboToolbox CSV export of a generated XForm. The instrument is the one named by
     * {@code instrumentCode}, or else the only one whose questions match every column.
     */
    public static ImportBatch csv(Path file, ResourceSet plans, long maxBytes, String instrumentCode)
            throws ImportException {
        byte[] bytes = read(file, maxBytes);
        String name = file.getFileName().toString();
        CsvTable table = CsvTable.parse(bytes, name);
        List<String> unmatched = new ArrayList<>();
        Map<EvaluationInstrument, Map<Integer, String>> fits = new LinkedHashMap<>();
        for (EvaluationInstrument instrument : instruments(plans)) {
            if (instrumentCode == null || instrumentCode.equals(instrument.getCode())) {
                List<String> missing = new ArrayList<>();
                CsvSubmissions.columns(table, instrument, missing).ifPresent(columns -> fits.put(instrument, columns));
                if (instrumentCode != null) {
                    unmatched.addAll(missing);
                }
            }
        }
        if (fits.size() != 1) {
            throw new ImportException(name
                    + (fits.isEmpty()
                            ? (instrumentCode == null
                                    ? ": its columns match no generated instrument of the plan"
                                    : ": columns " + unmatched + " are not questions of instrument " + instrumentCode)
                            : ": its columns fit several instruments "
                                    + fits.keySet().stream()
                                            .map(EvaluationInstrument::getCode)
                                            .toList() + "; name one with --instrument"));
        }
        var entry = fits.entrySet().iterator().next();
        ImportProblems problems = new ImportProblems();
        List<Submission> submissions = CsvSubmissions.read(table, entry.getValue(), name, entry.getKey(), problems);
        BatchMapper mapper = new BatchMapper(entry.getKey(), entry.getKey().getVersion(), problems);
        submissions.forEach(mapper::add);
        if (submissions.isEmpty()) {
            problems.add(name, "no submissions below the header");
        }
        if (problems.any()) {
            throw new RowsRejected(name, problems.messages());
        }
        return mapper.batch(name, sha256(bytes));
    }

    private static List<EvaluationInstrument> instruments(ResourceSet plans) {
        List<EvaluationInstrument> all = new ArrayList<>();
        plans.getResources()
                .forEach(r -> r.getAllContents().forEachRemaining(o -> {
                    if (o instanceof EvaluationInstrument i) {
                        all.add(i);
                    }
                }));
        return all;
    }

    static byte[] read(Path file, long maxBytes) throws ImportException {
        if (!Files.isRegularFile(file)) {
            throw new ImportException(file + ": no such file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ImportException(file.getFileName() + " is " + size / (1024 * 1024) + " MB, over the limit of "
                        + maxBytes / (1024 * 1024) + " MB for one collected file");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<EvaluationInstrument> instrument(ResourceSet plans, String uuid) {
        return plans.getResources().stream()
                .map(r -> r.getEObject(uuid))
                .filter(EvaluationInstrument.class::isInstance)
                .map(EvaluationInstrument.class::cast)
                .findFirst();
    }
}
