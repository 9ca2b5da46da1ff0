/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.network.packages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.phaen.instruments.InstrumentRenderer;
import org.phaen.instruments.OutputFiles;
import org.phaen.instruments.PublicInstruments;
import org.phaen.instruments.RenderOptions;
import org.phaen.instruments.Renderers;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.PlanModel;
import org.phaen.model.ScheduledReport;
import org.phaen.model.resource.ModelVersion;
import org.phaen.monitoring.data.ReportDelivery;
import org.phaen.monitoring.store.MonitoringStore;
import org.phaen.monitoring.store.StoreRows;

/**
 * Makes an office's package: its plan files (the last one the office's own, the others context) with their notation
 * files, its instruments as HTML and XForm, the store's rows for the monitoring plan's periods within the chosen one
 * (all of the year without one), and the manifest hashing every entry.
 */
public final class PackageBuilder {

    private final PackageScope scope;
    private final List<String> instrumentFormats;

    public PackageBuilder(PackageScope scope) {
        this(scope, List.of("html", "xform"));
    }

    /** @param instrumentFormats the renderers' format names the instruments are written in */
    public PackageBuilder(PackageScope scope, List<String> instrumentFormats) {
        this.scope = scope;
        this.instrumentFormats = List.copyOf(instrumentFormats);
    }

    /** The package's entries by path, the manifest first, with the store's rows (none without a store). */
    public Map<String, byte[]> entries(
            List<Path> planFiles, List<PlanModel> plans, MonitoringStore store, Instant created)
            throws IOException, SQLException {
        return entries(planFiles, plans, rows(store), created);
    }

    /** The package's entries by path, the manifest first, with the rows given. */
    public Map<String, byte[]> entries(List<Path> planFiles, List<PlanModel> plans, PackageRows rows, Instant created)
            throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<PackageManifest.Plan> listed = new ArrayList<>();
        for (int i = 0; i < planFiles.size(); i++) {
            Path file = planFiles.get(i);
            String path = "plans/" + file.getFileName();
            entries.put(path, Files.readAllBytes(file));
            Path notation = file.resolveSibling(file.getFileName() + ".notation");
            if (Files.isRegularFile(notation)) {
                entries.put(path + ".notation", Files.readAllBytes(notation));
            }
            PlanModel model = plans.get(i);
            String code = model.getPlans().isEmpty()
                    ? file.getFileName().toString()
                    : model.getPlans().get(0).getCode();
            listed.add(
                    new PackageManifest.Plan(model.getUuid(), code.replace(' ', '_'), i == planFiles.size() - 1, path));
        }
        entries.putAll(instruments(scope.monitoring(), plans.get(plans.size() - 1)));
        entries.putAll(rows.toFiles());
        Map<String, PackageManifest.Entry> hashed = new LinkedHashMap<>();
        entries.forEach((path, bytes) ->
                hashed.put(path, new PackageManifest.Entry(PackageArchive.sha256(bytes), bytes.length, path)));
        Organization office = scope.office();
        PackageManifest manifest = new PackageManifest(
                office.getUuid(),
                office.getCode(),
                office.getName().replace('\n', ' '),
                created,
                ModelVersion.CURRENT,
                scope.monitoring().getFiscalYear(),
                scope.periodLabel(),
                listed,
                hashed);
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put(PackageManifest.NAME, manifest.toBytes());
        ordered.putAll(entries);
        return ordered;
    }

    private Map<String, byte[]> instruments(MonitoringPlan monitoring, PlanModel own) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        RenderOptions options = new RenderOptions(false, java.time.LocalDate.now(), false);
        PublicInstruments audience = PublicInstruments.of(own, false);
        for (EvaluationInstrument instrument : monitoring.getInstruments()) {
            for (String format : instrumentFormats) {
                InstrumentRenderer renderer = Renderers.available().get(format);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                renderer.render(audience.forRendering(instrument), options, out);
                files.put(
                        "instruments/" + OutputFiles.safeName(instrument.getCode()) + "." + renderer.fileExtension(),
                        out.toByteArray());
            }
        }
        return files;
    }

    private PackageRows rows(MonitoringStore store) throws SQLException {
        if (store == null) {
            return new PackageRows(List.of(), List.of(), List.of(), List.of(), List.of());
        }
        StoreRows rows = store.rows();
        Set<String> periods = scope.periodUuids();
        Set<String> instruments = scope.monitoring().getInstruments().stream()
                .map(EvaluationInstrument::getUuid)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        Set<String> reports = scope.monitoring().getReportingSchedules().stream()
                .flatMap(s -> s.getReports().stream())
                .filter(r ->
                        r.getPeriod() != null && periods.contains(r.getPeriod().getUuid()))
                .map(ScheduledReport::getUuid)
                .collect(Collectors.toSet());
        List<ReportDelivery> deliveries = store.queries().deliveries().stream()
                .filter(d -> reports.contains(d.report()))
                .toList();
        return new PackageRows(
                rows.measurements(periods),
                rows.progress(periods),
                rows.disbursements(periods),
                rows.responses(instruments),
                deliveries);
    }
}
