/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.phaen.model.resource.ArchiveRefusals;
import org.phaen.model.resource.ModelVersion;

/**
 * Opens a package and checks it before anything of it is used: entry names that stay inside the package, sizes and
 * inflate ratios within bounds (zip bombs), the manifest, and every entry's SHA-256 and size against it, no entry
 * missing or extra, and a model version this Phaen reads. Refused packages say why in one line.
 */
public final class PackageArchive {

    /**
     * How large a package may be: entries, bytes of one entry and of all, and how many times its compressed size an
     * entry may inflate to past 1 MB (office files and CSV compress well, but not a hundredfold over megabytes).
     */
    record Bounds(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRatio) {
        static final Bounds PACKAGES = new Bounds(10_000, 256L << 20, 1L << 30, 100);
    }

    private PackageArchive() {}

    /** A checked package: its manifest, the hash that names it (the manifest's) and every entry's bytes. */
    public record Verified(PackageManifest manifest, String sha256, Map<String, byte[]> entries) {}

    public static Verified open(Path file) throws PackageRefusedException, IOException {
        return open(file, Bounds.PACKAGES);
    }

    static Verified open(Path file, Bounds bounds) throws PackageRefusedException, IOException {
        String name = file.getFileName().toString();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            int count = 0;
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++count > bounds.maxEntries()) {
                    throw new PackageRefusedException(
                            name + " has more than " + bounds.maxEntries() + " entries; refused");
                }
                String path = EntryPaths.checked(entry.getName(), name);
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = read(zip, entry, name, bounds, bounds.maxTotalBytes() - total);
                total += bytes.length;
                if (entries.put(path, bytes) != null) {
                    throw new PackageRefusedException(name + " holds " + path + " twice; refused");
                }
            }
        } catch (ZipException e) {
            throw new PackageRefusedException(ArchiveRefusals.describe(name, "a Phaen package (zip)", e));
        }
        byte[] manifestBytes = entries.remove(PackageManifest.NAME);
        if (manifestBytes == null) {
            throw new PackageRefusedException(
                    name + " has no " + PackageManifest.NAME + ": not a Phaen package; refused");
        }
        PackageManifest manifest = PackageManifest.parse(manifestBytes);
        verify(name, manifest, entries);
        if (ModelVersion.compare(manifest.modelVersion(), ModelVersion.CURRENT) > 0) {
            throw new PackageRefusedException(name + " was made with model " + manifest.modelVersion()
                    + ", newer than this Phaen's " + ModelVersion.CURRENT + "; update Phaen to receive it");
        }
        return new Verified(manifest, sha256(manifestBytes), entries);
    }

    private static void verify(String name, PackageManifest manifest, Map<String, byte[]> entries)
            throws PackageRefusedException {
        for (PackageManifest.Entry listed : manifest.entries().values()) {
            byte[] bytes = entries.get(listed.path());
            if (bytes == null) {
                throw new PackageRefusedException(
                        name + ": " + listed.path() + " is listed in the manifest but missing; refused");
            }
            if (bytes.length != listed.size() || !sha256(bytes).equals(listed.sha256())) {
                throw new PackageRefusedException(name + ": " + listed.path()
                        + " was changed after the package was made (SHA-256 differs); refused");
            }
        }
        for (String path : entries.keySet()) {
            if (!manifest.entries().containsKey(path)) {
                throw new PackageRefusedException(name + ": " + path
                        + " is not listed in the manifest (added after the package was made); refused");
            }
        }
        for (PackageManifest.Plan plan : manifest.plans()) {
            if (!entries.containsKey(plan.path())) {
                throw new PackageRefusedException(
                        name + ": the manifest names plan " + plan.path() + " but lists no such entry; refused");
            }
        }
    }

    /** Reads at most what the entry claims and the bounds allow, counting the bytes really inflated. */
    private static byte[] read(ZipFile zip, ZipEntry entry, String name, Bounds bounds, long left)
            throws IOException, PackageRefusedException {
        long limit = Math.min(bounds.maxEntryBytes(), left);
        long compressed = Math.max(entry.getCompressedSize(), 1);
        try (InputStream in = zip.getInputStream(entry)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
                boolean bomb = read > 1_000_000 && read / compressed > bounds.maxRatio();
                if (read > limit || bomb) {
                    throw new PackageRefusedException(ArchiveRefusals.describe(
                            name, "a Phaen package", new ZipException("zip bomb: " + entry.getName())));
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
