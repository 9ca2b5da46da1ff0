package org.phaen.model.resource;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Saves a plan file so that a crash or a failed write never destroys the previous version:
 * integrity check, write to a temporary file in the same folder, force it to disk, keep the
 * old file as {@code name.bak}, then rename atomically over the target.
 */
public final class SafeSave {

    private final UnaryOperator<OutputStream> streamDecorator;

    public SafeSave() {
        this(UnaryOperator.identity());
    }

    /** For tests: lets a test fail the write midway. */
    SafeSave(UnaryOperator<OutputStream> streamDecorator) {
        this.streamDecorator = streamDecorator;
    }

    /** Saves the resource to the given file. */
    public void save(Resource resource, Path file) throws IOException {
        List<String> problems = IntegrityCheck.problems(resource);
        if (!problems.isEmpty()) {
            throw new IOException("not saved, the model would lose information: " + String.join("; ", problems));
        }
        Path target = file.toAbsolutePath();
        // Relative cross-file references are written relative to where the file now lives.
        resource.setURI(URI.createFileURI(target.toString()));
        Path folder = target.getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its owner-only permissions would end up on the saved plan.
        Path temp = folder.resolve("." + target.getFileName() + "." + Identifiers.newUuid() + ".tmp");
        try {
            try (FileOutputStream raw = new FileOutputStream(temp.toFile());
                    OutputStream out = streamDecorator.apply(raw)) {
                resource.save(out, null);
                out.flush();
                raw.getChannel().force(true);
            }
            if (Files.exists(target)) {
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                keepPermissions(target, temp);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Where the previous version of a file is kept. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    private static void keepPermissions(Path from, Path to) throws IOException {
        if (Files.getFileStore(from).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
