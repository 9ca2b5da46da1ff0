/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** phaen diagram: the strategy map as SVG (text, Thai labels) and as PNG (a real image, drawn by JSVG). */
class DiagramCommandTest {

    @TempDir
    Path dir;

    @Test
    void theStrategyMapAsSvgAndPng() throws Exception {
        String region = CliRun.sample("region17-2562.phaen");
        String province = CliRun.sample("phitsanulok-2562.phaen");
        Path svg = dir.resolve("map.svg");
        CliRun run = CliRun.of("diagram", region, province, "--out", svg.toString());
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(svg);
        assertTrue(
                text.startsWith("<?xml")
                        && text.contains("<svg")
                        && text.contains("<text")
                        && text.contains("พิษณุโลก"),
                text.substring(0, Math.min(400, text.length())));

        Path png = dir.resolve("alignment.png");
        run = CliRun.of("diagram", region, province, "--kind", "alignment", "--out", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 500 && image.getHeight() > 300, image.getWidth() + "x" + image.getHeight());
        assertTrue(distinctColours(image) > 20, "an image with shapes and text, not a blank canvas");

        assertEquals(
                PhaenCli.BAD_INPUT,
                CliRun.of("diagram", region, "--out", dir.resolve("map.gif").toString())
                        .exitCode());
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
