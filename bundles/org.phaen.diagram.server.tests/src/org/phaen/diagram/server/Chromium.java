/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.server;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium driven through W3C WebDriver (Debian's chromium and chromium-driver), spoken over HTTP with the
 * JDK's client: open a page, run a script in it, take a screenshot.
 */
final class Chromium implements AutoCloseable {

    private static final Gson GSON = new Gson();
    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String session;

    Chromium() throws Exception {
        Path executable = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException(
                    "headless browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        driver = new ProcessBuilder(executable.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        base = "http://localhost:" + port;
        waitForDriver();
        JsonObject created = post(
                "/session",
                Map.of(
                        "capabilities",
                        Map.of(
                                "alwaysMatch",
                                Map.of(
                                        "browserName",
                                        "chrome",
                                        "goog:chromeOptions",
                                        Map.of(
                                                "binary",
                                                "/usr/bin/chromium",
                                                "args",
                                                List.of(
                                                        "--headless",
                                                        "--no-sandbox",
                                                        "--disable-gpu",
                                                        "--window-size=1400,900",
                                                        "--lang=th"))))));
        session = created.getAsJsonObject("value").get("sessionId").getAsString();
    }

    void open(URI page) throws Exception {
        post("/session/" + session + "/url", Map.of("url", page.toString()));
    }

    /** Runs the script (a function body; {@code arguments} are the args) and returns its value. */
    JsonElement run(String script, Object... args) throws Exception {
        return post("/session/" + session + "/execute/sync", Map.of("script", script, "args", List.of(args)))
                .get("value");
    }

    /** Polls the expression until it is true. */
    void waitUntil(String expression, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            JsonElement value = run("return !!(" + expression + ");");
            if (value.isJsonPrimitive() && value.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not true within " + timeout.toSeconds() + " s: " + expression + "; page says: "
                + run("return document.body ? document.body.innerText.slice(0, 500) : ''"));
    }

    void screenshot(Path file) throws Exception {
        String png = get("/session/" + session + "/screenshot").get("value").getAsString();
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }

    private JsonObject post(String path, Object body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(body)))
                .header("Content-Type", "application/json")
                .build();
        return answer(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private JsonObject get(String path) throws IOException, InterruptedException {
        return answer(http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private static JsonObject answer(HttpResponse<String> response) {
        JsonObject json = GSON.fromJson(response.body(), JsonObject.class);
        if (response.statusCode() != 200) {
            throw new AssertionError("WebDriver " + response.statusCode() + ": " + json);
        }
        return json;
    }

    private void waitForDriver() throws Exception {
        for (int i = 0; i < 100; i++) {
            try {
                get("/status");
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    @Override
    public void close() throws Exception {
        try {
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "/session/" + session))
                            .DELETE()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } finally {
            driver.destroy();
        }
    }
}
