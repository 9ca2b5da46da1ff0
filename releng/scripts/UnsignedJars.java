/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signatures from the jars in a folder (run by org.phaen.cli's build on target/lib, as
 * {@code java UnsignedJars.java DIR}). Eclipse signs its jars (EMF, Equinox, SWT): a plain Java program loading a class
 * from a signed jar first checks the jar's signature and digests the class, and a class-data-sharing cache leaves such
 * classes out, so ./phaen paid for verifying EMF on every run. The command line runs from the build's own copies; the
 * product and the p2 repository keep the signed originals.
 */
public final class UnsignedJars {

    /** The signature block files: META-INF/NAME.SF and its PKCS#7 block. */
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    public static void main(String[] args) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of(args[0]), "*.jar")) {
            for (Path jar : jars) {
                if (signed(jar)) {
                    unsign(jar);
                }
            }
        }
    }

    private static boolean signed(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().anyMatch(e -> SIGNATURE.matcher(e.getName()).matches());
        }
    }

    /** Writes the jar again without its signature files and its manifest's per-entry digests, then replaces it. */
    private static void unsign(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (ZipFile zip = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (SIGNATURE.matcher(entry.getName()).matches()) {
                    continue;
                }
                ZipEntry written = new ZipEntry(entry.getName());
                written.setTime(entry.getTime());
                out.putNextEntry(written);
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        Manifest manifest = new Manifest(in);
                        manifest.getEntries().clear();
                        manifest.write(out);
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
