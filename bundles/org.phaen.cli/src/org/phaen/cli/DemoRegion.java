/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo's last steps: each of the five provinces packs its FY 2562 9-month round for the region (Phitsanulok from
 * the demo's store, the others from their own, filled with their sample collected data), and the region receives
 * the five packages into its store and writes the consolidated report.
 */
final class DemoRegion {

    /** Runs one command as the demo prints it; returns its exit code. */
    interface Step {
        int run(String title, String... args);
    }

    static final List<String> PROVINCES = List.of("phitsanulok", "tak", "phetchabun", "sukhothai", "uttaradit");
    private static final String REGION = "region17-2562.phaen", FY = "2562", PERIOD = "2562-C9";

    private DemoRegion() {}

    static int run(Step step, Path models, Path out, Path phitsanulokStore) throws IOException {
        Path provinces = out.resolve("provinces"), region = out.resolve("region");
        DemoCommand.deleteTree(provinces);
        DemoCommand.deleteTree(region);
        List<String> packages = new ArrayList<>();
        int code = 0;
        for (String province : PROVINCES) {
            Path folder = Files.createDirectories(provinces.resolve(province));
            String regionPlan = copy(models, REGION, folder), plan = copy(models, province + "-2562.phaen", folder);
            Path store = province.equals("phitsanulok") ? phitsanulokStore : folder.resolve(province + ".store");
            if (!province.equals("phitsanulok")) {
                List<String> args = new ArrayList<>(
                        List.of("import", "--plan", regionPlan, "--plan", plan, "--store", store.toString()));
                args.addAll(collected(models, province));
                code = code != 0
                        ? code
                        : step.run(
                                "8/9 " + province + ": its sample collected data into its own store",
                                args.toArray(String[]::new));
            }
            String pkg =
                    provinces.resolve(province + "-" + PERIOD + ".phaenpkg").toString();
            packages.add(pkg);
            code = code != 0
                    ? code
                    : step.run(
                            "8/9 " + province + " packs its 9-month round for the region",
                            "package",
                            regionPlan,
                            plan,
                            "--fy",
                            FY,
                            "--period",
                            PERIOD,
                            "--store",
                            store.toString(),
                            "--out",
                            pkg);
        }
        Files.createDirectories(region);
        String regionPlan = copy(models, REGION, region);
        List<String> receive = new ArrayList<>(List.of("receive"));
        receive.addAll(packages);
        receive.addAll(List.of("--store", region.resolve("region.store").toString(), "--into", region.toString()));
        code = code != 0 ? code : step.run("9/9 the region receives the five packages", receive.toArray(String[]::new));
        List<String> report = new ArrayList<>(List.of("region-report", "--plan", regionPlan));
        PROVINCES.forEach(p -> report.addAll(
                List.of("--plan", region.resolve(p + "-2562.phaen").toString())));
        report.addAll(List.of(
                "--fy",
                FY,
                "--period",
                PERIOD,
                "--store",
                region.resolve("region.store").toString(),
                "--out",
                region.resolve("report").toString()));
        return code != 0 ? code : step.run("9/9 the region's consolidated report", report.toArray(String[]::new));
    }

    private static String copy(Path models, String name, Path folder) throws IOException {
        return Files.copy(models.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING)
                .toString();
    }

    private static List<String> collected(Path models, String province) throws IOException {
        try (Stream<Path> files = Files.list(models.resolve("collected").resolve(province + "-2562"))) {
            return files.map(Path::toString)
                    .filter(f -> f.endsWith(".xlsx") || f.endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }
}
