/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.model;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.phaen.testing.Repository;

/**
 * The declared API of every bundle in the repository, read from the manifests as they are checked in: each exported
 * package that is not internal says its entry points, contract and threading rule in a {@code package-info.java};
 * exports carry the bundle's version, and requirements on Phaen's own bundles and packages carry version ranges.
 */
class DeclaredApiTest {

    private static final Path BUNDLES = Repository.bundles();
    private static final List<Path> MANIFESTS = new ArrayList<>();

    @BeforeAll
    static void findManifests() throws IOException {
        try (Stream<Path> bundles = Files.list(BUNDLES)) {
            bundles.map(b -> b.resolve("META-INF/MANIFEST.MF"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .forEach(MANIFESTS::add);
        }
        // A wrong root must not pass as "nothing to check".
        assertTrue(
                MANIFESTS.size() >= 20,
                "bundle manifests found under " + BUNDLES.toAbsolutePath() + ": " + MANIFESTS.size());
    }

    @Test
    void everyExportedApiPackageHasPackageInfo() throws IOException {
        List<String> undocumented = new ArrayList<>();
        int api = 0;
        for (Path manifest : MANIFESTS) {
            Path bundle = manifest.getParent().getParent();
            for (ManifestClause export : ManifestClause.parse(header(manifest, "Export-Package"))) {
                if (!export.isInternal()) {
                    api++;
                    if (!hasPackageInfo(bundle, export.name())) {
                        undocumented.add(bundle.getFileName() + ": " + export.name());
                    }
                }
            }
        }
        assertTrue(api >= 30, "exported API packages found: " + api);
        assertEquals(List.of(), undocumented, "exported API packages without package-info.java");
    }

    @Test
    void exportsCarryTheBundleVersion() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path manifest : MANIFESTS) {
            String version = header(manifest, "Bundle-Version").replace(".qualifier", "");
            for (ManifestClause export : ManifestClause.parse(header(manifest, "Export-Package"))) {
                if (!version.equals(export.attribute("version"))) {
                    wrong.add(manifest.getParent().getParent().getFileName() + ": " + export.name() + " version "
                            + export.attribute("version"));
                }
            }
        }
        assertEquals(List.of(), wrong, "exports whose version is not the bundle's");
    }

    @Test
    void requirementsOnPhaenCarryRanges() throws IOException {
        List<String> open = new ArrayList<>();
        for (Path manifest : MANIFESTS) {
            String bundle = manifest.getParent().getParent().getFileName().toString();
            for (ManifestClause required : ManifestClause.parse(header(manifest, "Require-Bundle"))) {
                if (required.name().startsWith("org.phaen.") && !isRange(required.attribute("bundle-version"))) {
                    open.add(bundle + " requires " + required.name() + " without a bundle-version range");
                }
            }
            for (ManifestClause imported : ManifestClause.parse(header(manifest, "Import-Package"))) {
                if (imported.name().startsWith("org.phaen.") && !isRange(imported.attribute("version"))) {
                    open.add(bundle + " imports " + imported.name() + " without a version range");
                }
            }
        }
        assertEquals(List.of(), open);
    }

    /** {@code [0.1.0,0.2.0)}: a lower and an upper bound, so the next incompatible version is refused. */
    private static boolean isRange(String version) {
        return version != null && version.matches("[\\[(]\\d+\\.\\d+\\.\\d+,\\d+\\.\\d+\\.\\d+[\\])]");
    }

    /** In any of the bundle's source folders (build.properties), e.g. src/ for the generated packages of src-gen/. */
    private static boolean hasPackageInfo(Path bundle, String packageName) throws IOException {
        String relative = packageName.replace('.', '/') + "/package-info.java";
        for (String folder : sourceFolders(bundle)) {
            if (Files.isRegularFile(bundle.resolve(folder).resolve(relative))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sourceFolders(Path bundle) throws IOException {
        Properties build = new Properties();
        try (InputStream in = Files.newInputStream(bundle.resolve("build.properties"))) {
            build.load(in);
        }
        return List.of(build.getProperty("source..", "src/").split("\\s*,\\s*"));
    }

    private static String header(Path manifest, String name) throws IOException {
        try (InputStream in = Files.newInputStream(manifest)) {
            Attributes main = new Manifest(in).getMainAttributes();
            String value = main.getValue(name);
            return value == null ? "" : value;
        }
    }
}
