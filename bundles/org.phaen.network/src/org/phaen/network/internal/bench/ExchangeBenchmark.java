/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.OrganizationKind;
import org.phaen.model.PhaenFactory;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.network.packages.PackageBuilder;
import org.phaen.network.packages.PackageFiles;
import org.phaen.network.packages.PackageReception;
import org.phaen.network.packages.PackageRefusedException;
import org.phaen.network.packages.PackageScope;
import org.phaen.network.region.RegionalPlans;
import org.phaen.network.region.RegionalReport;
import org.phaen.network.region.RegionalTexts;
import org.phaen.network.sample.ProvinceProfile;
import org.phaen.network.sample.Region17Samples;
import org.phaen.reports.batch.ReportBatch;
import org.phaen.reports.store.StoreFacts;

/**
 * {@code phaen bench exchange}: synthetic provinces (the sample generator's, with offices the regional plan is told
 * to expect) each send a 9-month package; timed: the region receiving all of them into one new embedded store, and
 * writing the consolidated report over the regional plan and every province's plan (HTML, DOCX, XLSX).
 */
public final class ExchangeBenchmark {

    private static final String PERIOD = "2562-C9";

    /** What was measured; {@code rows} counts the rows the store took. */
    public record Result(
            int provinces,
            long rows,
            Duration prepare,
            Duration receive,
            Duration report,
            Duration receiveCpu,
            Duration reportCpu,
            List<Path> reportFiles) {}

    private ExchangeBenchmark() {}

    public static Result run(Path regionFile, Path dir, int provinces)
            throws IOException, SQLException, PackageRefusedException {
        Instant start = Instant.now();
        Path send = Files.createDirectories(dir.resolve("send")),
                region = Files.createDirectories(dir.resolve("region"));
        ResourceSet set = PlanFiles.newResourceSet();
        PlanModel regional = PlanFiles.load(set, regionFile);
        List<ProvinceProfile> profiles = new ArrayList<>();
        for (int n = 1; n <= provinces; n++) {
            profiles.add(ProvinceProfile.synthetic(n));
            expect(regional, profiles.get(n - 1));
        }
        Path regionCopy = send.resolve(regionFile.getFileName());
        PlanFiles.saveAs(regional, set, regionCopy);
        Files.copy(regionCopy, region.resolve(regionFile.getFileName()));
        List<Path> packages = new ArrayList<>();
        for (ProvinceProfile profile : profiles) {
            PlanModel model = Region17Samples.generate(profile, regional);
            Path file = send.resolve(profile.file() + ".phaen");
            PlanFiles.saveAs(model, set, file);
            PackageScope scope = PackageScope.of(model, 2562, PERIOD);
            var rows = SyntheticRows.of(model, scope.period(), profile.code().hashCode());
            Path pkg = send.resolve(profile.file() + ".phaenpkg");
            PackageFiles.write(
                    new PackageBuilder(scope, List.of("xform"))
                            .entries(
                                    List.of(regionCopy, file),
                                    List.of(regional, model),
                                    rows,
                                    Instant.parse("2019-07-05T02:00:00Z")),
                    pkg);
            packages.add(pkg);
        }
        Instant prepared = Instant.now();
        long cpu0 = cpu();
        long rows;
        try (MonitoringStore store = MonitoringStore.embedded(region.resolve("region.store"))) {
            for (Path pkg : packages) {
                PackageReception.receive(pkg, store, region);
            }
            rows = store.queries().count("measurement")
                    + store.queries().count("project_progress")
                    + store.queries().count("disbursement");
            Instant received = Instant.now();
            long cpu1 = cpu();
            List<Path> files = report(region, regionFile.getFileName().toString(), profiles, store);
            return new Result(
                    provinces,
                    rows,
                    Duration.between(start, prepared),
                    Duration.between(prepared, received),
                    Duration.between(received, Instant.now()),
                    Duration.ofNanos(cpu1 - cpu0),
                    Duration.ofNanos(cpu() - cpu1),
                    files);
        }
    }

    private static List<Path> report(
            Path region, String regionName, List<ProvinceProfile> profiles, MonitoringStore store)
            throws IOException, SQLException {
        ResourceSet set = PlanFiles.newResourceSet();
        PlanFiles.load(set, region.resolve(regionName));
        for (ProvinceProfile profile : profiles) {
            PlanFiles.load(set, region.resolve(profile.file() + ".phaen"));
        }
        RegionalPlans plans = RegionalPlans.of(set, 2562, PERIOD);
        Set<String> arrived =
                store.rows().receipts().stream().map(r -> r.office()).collect(Collectors.toSet());
        var report =
                new RegionalReport(plans, 2562, new StoreFacts(store), RegionalTexts.of("th")).build(arrived, PERIOD);
        return ReportBatch.write(
                new ReportBatch.Job("region-bench-" + PERIOD, () -> report),
                EnumSet.allOf(ReportBatch.Format.class),
                region.resolve("report"));
    }

    /** The synthetic province's office, in the regional plan and among the agencies its monitoring plan expects reports from. */
    private static void expect(PlanModel regional, ProvinceProfile profile) {
        Organization office = PhaenFactory.eINSTANCE.createOrganization();
        office.setCode(profile.officeCode());
        office.setName(profile.officeName());
        office.setKind(OrganizationKind.EDUCATION_AGENCY);
        regional.getOrganizations().add(office);
        for (MonitoringPlan monitoring : regional.getMonitoringPlans()) {
            monitoring.getReportingAgencies().add(office);
        }
    }

    /** CPU time of this thread (embedded Derby works in it too), so a figure taken on a loaded machine still says what the work costs. */
    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** The period the benchmark packs, for messages. */
    public static String period() {
        return PERIOD;
    }
}
