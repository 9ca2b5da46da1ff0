package org.phaen.monitoring.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    private CollectedFiles() {
    }

    /** A filled Phaen data-entry workbook, against the plans loaded in {@code plans}. */
    public static ImportBatch workbook(Path file, ResourceSet plans, long maxBytes) throws ImportException {
        byte[] bytes = read(file, maxBytes);
        String name = file.getFileName().toString();
        WorkbookReader.Contents contents = WorkbookReader.read(bytes, name);
        EvaluationInstrument instrument = instrument(plans, contents.instrumentUuid()).orElseThrow(() -> new ImportException(name
            + " was generated from instrument " + contents.instrumentUuid() + ", which the plan does not have"
            + " (load the plan it was generated from, or regenerate the instruments)"));
        ImportProblems problems = new ImportProblems();
        BatchMapper mapper = new BatchMapper(instrument, contents.version(), problems);
        contents.submissions().forEach(mapper::add);
        if (contents.submissions().isEmpty()) {
            problems.add(name, "no filled rows (data start on row 4 of sheet \"" + WorkbookReader.ENTRY_SHEET + "\")");
        }
        if (problems.any()) {
            throw new RowsRejected(name, problems.messages());
        }
        return mapper.batch(name, sha256(bytes));
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
        return plans.getResources().stream().map(r -> r.getEObject(uuid)).filter(EvaluationInstrument.class::isInstance)
            .map(EvaluationInstrument.class::cast).findFirst();
    }
}
