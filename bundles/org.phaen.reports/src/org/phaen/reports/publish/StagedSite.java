/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.reports.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.phaen.model.privacy.MarkupText;
import org.phaen.model.privacy.PersonalDataMatch;
import org.phaen.model.privacy.PersonalDataMatcher;

/**
 * A public site written first into a hidden folder beside its destination, scanned, and moved into place only
 * when the scan finds no personal data; otherwise (or on any failure) the folder is deleted and nothing is
 * published. Files of the destination that the site does not write are left alone.
 */
public final class StagedSite implements AutoCloseable {

    private static final List<String> TEXT_FILES =
            List.of(".html", ".htm", ".svg", ".css", ".xml", ".txt", ".json", ".csv");

    private final Path destination;
    private final Path staging;

    private StagedSite(Path destination, Path staging) {
        this.destination = destination;
        this.staging = staging;
    }

    /** A staging folder for a site that goes to {@code destination}. */
    public static StagedSite towards(Path destination) throws IOException {
        Path absolute = destination.toAbsolutePath().normalize();
        Path parent = Files.createDirectories(absolute.getParent());
        return new StagedSite(absolute, Files.createTempDirectory(parent, "." + absolute.getFileName() + ".staging-"));
    }

    /** Where to write; {@code sub} may be empty for the destination itself. */
    public Path folder(String sub) {
        return sub.isEmpty() ? staging : staging.resolve(sub);
    }

    /** Where a staged file will be once published. */
    public Path published(Path staged) {
        return destination.resolve(
                staging.relativize(staged.toAbsolutePath().normalize()).toString());
    }

    /** "FILE: phone number of PLK-P05 written as '…'", once per file, person and kind of detail, in the files staged so far. */
    public List<String> leaks(PersonalDataMatcher matcher) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files()) {
            String name = file.getFileName().toString().toLowerCase();
            if (TEXT_FILES.stream().anyMatch(name::endsWith)) {
                Map<String, PersonalDataMatch> first = new LinkedHashMap<>();
                for (String text : MarkupText.readable(Files.readString(file, StandardCharsets.UTF_8))) {
                    matcher.find(text).forEach(m -> first.putIfAbsent(m.term().describe(), m));
                }
                first.values().forEach(m -> found.add(published(file) + ": " + m.describe()));
            }
        }
        return found;
    }

    /** Moves every staged file to its place in the destination. */
    public void publish() throws IOException {
        for (Path file : files()) {
            Path target = published(file);
            Files.createDirectories(target.getParent());
            try {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Deletes the staging folder: after {@link #publish()} only empty folders are left, otherwise the whole site. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> all = Files.walk(staging)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(staging)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
