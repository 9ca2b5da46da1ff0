/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Which process runs the store server on a port of this machine ({@code ~/.phaen/store-server-PORT.pid}, readable by
 * its owner only: process id, start time, and a salted PBKDF2 hash of the password), so that {@code phaen server stop}
 * can check the password, end that process and wait until it has, databases released, before it says "stopped". The
 * start time tells a reused process id from the server's.
 */
final class ServerProcessFile {

    private final Path file;

    private ServerProcessFile(Path file) {
        this.file = file;
    }

    static Path of(int port) {
        return Path.of(System.getProperty("user.home"), ".phaen", "store-server-" + port + ".pid");
    }

    /** Records this process as the server on the port. */
    static ServerProcessFile written(int port, String password) throws IOException {
        ProcessHandle self = ProcessHandle.current();
        Path file = of(port);
        Files.createDirectories(file.getParent());
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(
                file,
                self.pid() + " " + startOf(self) + " " + HexFormat.of().formatHex(salt) + " " + hash(password, salt)
                        + "\n");
        return new ServerProcessFile(file);
    }

    /** The server process recorded for the port, if it still runs. */
    static Optional<Running> running(int port) {
        try {
            String[] fields = Files.readString(of(port)).strip().split(" ");
            return ProcessHandle.of(Long.parseLong(fields[0]))
                    .filter(p -> startOf(p).equals(fields[1]))
                    .map(p -> new Running(p, HexFormat.of().parseHex(fields[2]), fields[3]));
        } catch (IOException | RuntimeException noneRecorded) {
            return Optional.empty();
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file is recognised by its process start time
        }
    }

    private static String startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse("-");
    }

    private static String hash(String password, byte[] salt) {
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 100_000, 256))
                    .getEncoded();
            return HexFormat.of().formatHex(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    record Running(ProcessHandle process, byte[] salt, String passwordHash) {
        /**
         * Asks the process to end as Ctrl-C does (SIGTERM: its shutdown hook closes the server) if the password is the
         * server's; whether it ended in time.
         */
        boolean terminate(String password, int seconds) {
            if (!MessageDigest.isEqual(hash(password, salt).getBytes(), passwordHash.getBytes())) {
                throw new IllegalArgumentException(
                        "wrong password for the store server (process " + process.pid() + ")");
            }
            process.destroy();
            try {
                process.onExit().get(seconds, TimeUnit.SECONDS);
                return true;
            } catch (Exception notInTime) {
                return !process.isAlive();
            }
        }
    }
}
