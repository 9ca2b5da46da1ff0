/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.emf.common.util.URI;

/** File helpers: the scratch copy of a bundle's non-generated files, tree deletion and comparison. */
final class FileTrees {

    /** Files outside the src-gen folders that EMF's generator reads or writes for a model or edit bundle. */
    private static final List<String> META_FILES = List.of("META-INF/MANIFEST.MF", "plugin.xml", "build.properties");

    private FileTrees() {}

    /** A file: URI for a folder, with the trailing slash URI maps need. */
    static URI dirUri(Path dir) {
        return URI.createFileURI(dir.toAbsolutePath().toString() + "/");
    }

    /**
     * Copies the bundle's existing MANIFEST.MF, plugin.xml, *.properties and icons into the scratch copy,
     * so the generator sees them exactly as it would in an Eclipse workspace (and skips or merges them).
     */
    static void seedMeta(Path bundle, Path copy) throws IOException {
        Files.createDirectories(copy);
        if (!Files.isDirectory(bundle)) {
            return;
        }
        try (Stream<Path> top = Files.list(bundle)) {
            for (Path p : top.filter(p -> p.toString().endsWith(".properties") && Files.isRegularFile(p))
                    .toList()) {
                copyFile(p, copy.resolve(p.getFileName().toString()));
            }
        }
        for (String name : META_FILES) {
            if (Files.isRegularFile(bundle.resolve(name))) {
                copyFile(bundle.resolve(name), copy.resolve(name));
            }
        }
        for (Path icon : files(bundle.resolve("icons"))) {
            copyFile(icon, copy.resolve(bundle.relativize(icon).toString()));
        }
    }

    /**
     * Moves what the generator left in the scratch copy into the bundles, but only files the bundles do not
     * have yet (new icons, or the MANIFEST.MF etc. of a brand-new bundle). Existing files are never written;
     * if EMF would have changed one (e.g. new keys for plugin.properties), the lines it lacks are printed.
     * In check mode nothing is written; a missing file, or keys missing in a .properties file, count as stale.
     */
    static void applyMeta(Path meta, Path bundles, Path repoRoot, boolean check, List<String> stale)
            throws IOException {
        for (Path generated : files(meta)) {
            Path target = bundles.resolve(meta.relativize(generated).toString());
            String name = repoRoot.relativize(target).toString();
            if (!Files.exists(target)) {
                if (check) {
                    stale.add("missing " + name);
                } else {
                    copyFile(generated, target);
                    System.out.println("codegen: created " + name);
                }
            } else if (!Arrays.equals(Files.readAllBytes(generated), Files.readAllBytes(target))) {
                Set<String> have = Set.copyOf(Files.readAllLines(target, StandardCharsets.ISO_8859_1));
                List<String> wanted = Files.readAllLines(generated, StandardCharsets.ISO_8859_1).stream()
                        .filter(line -> !line.isBlank() && !have.contains(line))
                        .toList();
                System.out.println("codegen: kept " + name + " unchanged; EMF's version also has these lines:");
                wanted.stream().limit(30).forEach(line -> System.out.println("    " + line));
                // A label key the item providers look up but plugin.properties lacks fails at run time.
                if (check && name.endsWith(".properties") && wanted.stream().anyMatch(line -> !line.startsWith("#"))) {
                    stale.add("keys missing in " + name);
                }
            }
        }
    }

    /** Adds a line to {@code stale} for each file that differs between the two trees. */
    static void compare(Path generated, Path committed, Path repoRoot, List<String> stale) throws IOException {
        Set<String> names = new TreeSet<>();
        files(generated).forEach(p -> names.add(generated.relativize(p).toString()));
        files(committed).forEach(p -> names.add(committed.relativize(p).toString()));
        for (String name : names) {
            Path g = generated.resolve(name);
            Path c = committed.resolve(name);
            String shown = repoRoot.relativize(c).toString();
            if (!Files.exists(c)) {
                stale.add("missing " + shown);
            } else if (!Files.exists(g)) {
                stale.add("obsolete " + shown);
            } else if (!Arrays.equals(Files.readAllBytes(g), Files.readAllBytes(c))) {
                stale.add("differs " + shown);
            }
        }
    }

    /** Replaces folder {@code to} by a copy of folder {@code from}. */
    static void replaceTree(Path from, Path to) throws IOException {
        deleteTree(to);
        Files.createDirectories(to);
        for (Path p : files(from)) {
            copyFile(p, to.resolve(from.relativize(p).toString()));
        }
    }

    /** Deletes a folder and everything in it; nothing happens if it does not exist. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** All regular files under a folder, sorted; empty if the folder does not exist. */
    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void copyFile(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
