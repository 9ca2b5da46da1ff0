/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phaen.diagram.layout.Pin;
import org.phaen.diagram.notation.Notation;
import org.phaen.diagram.notation.NotationFile;
import org.phaen.instruments.OutputFiles;
import org.phaen.model.ActionPlan;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.Goal;
import org.phaen.model.MonitoringPlan;
import org.phaen.model.Organization;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.testing.ModelAssertions;
import org.phaen.testing.Repository;
import org.phaen.testing.SamplePlans;
import org.w3c.dom.Element;

/**
 * A package made by {@code phaen package} from the Tak sample (its collected data imported into a store, a notation
 * file beside each plan), opened as a zip and read field by field against the plans, the files and
 * docs/package-format.md: the manifest's office, time, model version, plans and the SHA-256 and size of every entry;
 * the plans and notation files as they are on disk; an HTML and an XForm per instrument; the documented CSV files.
 */
class PackageContentsTest {

    private static final String REGION = "region17-2562.phaen", TAK = "tak-2562.phaen";
    private static final String XFORMS = "http://www.w3.org/2002/xforms";
    private static final String PHAEN_XFORMS = "http://www.phaen.org/xforms/1.0";

    @TempDir
    static Path dir;

    static Instant before, after;
    static Map<String, byte[]> entries = new LinkedHashMap<>();
    static List<String[]> manifest = new ArrayList<>();
    static PlanModel region, tak;

    @BeforeAll
    static void packTak() throws Exception {
        Path regionFile = Files.copy(SamplePlans.file(REGION), dir.resolve(REGION));
        Path takFile = Files.copy(SamplePlans.file(TAK), dir.resolve(TAK));
        ResourceSet set = PlanFiles.newResourceSet();
        region = PlanFiles.load(set, regionFile);
        tak = PlanFiles.load(set, takFile);
        pinFirstGoal(regionFile, region);
        pinFirstGoal(takFile, tak);
        String store = dir.resolve("tak.store").toString();
        List<String> importing =
                new ArrayList<>(List.of("import", "--plan", regionFile.toString(), "--plan", takFile.toString()));
        try (Stream<Path> files = Files.list(SamplePlans.file("collected", "tak-2562"))) {
            files.map(Path::toString)
                    .filter(f -> f.endsWith(".csv") || f.endsWith(".xlsx"))
                    .sorted()
                    .forEach(importing::add);
        }
        importing.addAll(List.of("--store", store));
        CliRun imported = CliRun.of(importing.toArray(String[]::new));
        assertEquals(0, imported.exitCode(), imported.out() + imported.err());
        Path pkg = dir.resolve("tak.phaenpkg");
        before = Instant.now();
        CliRun packed = CliRun.of(
                "package",
                regionFile.toString(),
                takFile.toString(),
                "--fy",
                "2562",
                "--period",
                "2562-C9",
                "--store",
                store,
                "--out",
                pkg.toString());
        after = Instant.now();
        assertEquals(0, packed.exitCode(), packed.out() + packed.err());
        try (ZipFile zip = new ZipFile(pkg.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        for (String line : new String(entries.get("manifest.txt"), StandardCharsets.UTF_8).split("\n")) {
            manifest.add(line.split(": ", 2));
        }
    }

    /** A real notation file beside the plan: its first goal pinned on the strategy map. */
    private static void pinFirstGoal(Path plan, PlanModel model) throws Exception {
        Notation notation = new Notation();
        String goal = ModelAssertions.all(model, Goal.class).get(0).getUuid();
        notation.pins("strategy-map").put(goal + "/goal", new Pin(40, 80));
        NotationFile.save(plan, notation);
    }

    @Test
    void theManifestComesFirstAndNamesTheSendingOfficeTheTimeTheModelVersionAndThePeriod() throws Exception {
        assertEquals("manifest.txt", entries.keySet().iterator().next());
        MonitoringPlan monitoring = tak.getMonitoringPlans().stream()
                .filter(m -> m.getFiscalYear() == 2562)
                .findFirst()
                .orElseThrow();
        Organization office = monitoring.getActionPlans().stream()
                .map(ActionPlan::getOwnerAgency)
                .findFirst()
                .orElseThrow();
        assertEquals("PEO-TAK", office.getCode(), "the Tak office owns its action plan");
        assertEquals("1", single("Phaen-Package-Format"));
        assertEquals(office.getUuid(), single("Office-Uuid"));
        assertEquals(office.getCode(), single("Office-Code"));
        assertEquals(office.getName(), single("Office-Name"));
        Instant created = Instant.parse(single("Created"));
        assertFalse(created.isBefore(before.minusSeconds(1)) || created.isAfter(after), created + " not in the run");
        Matcher namespace = Pattern.compile("xmlns:phaen=\"http://www\\.phaen\\.org/model/([0-9.]+)\"")
                .matcher(Files.readString(dir.resolve(TAK)));
        assertTrue(namespace.find());
        assertEquals(namespace.group(1), single("Model-Version"), "the version the plan files are written in");
        assertEquals("2562", single("Fiscal-Year"));
        assertEquals("2562-C9", single("Period"));
    }

    @Test
    void everyPlanIsListedByItsUuidAndCodeTheOfficesOwnLast() {
        List<String> plans = values("Plan");
        assertEquals(
                List.of(
                        region.getUuid() + " " + region.getPlans().get(0).getCode() + " context plans/" + REGION,
                        tak.getUuid() + " " + tak.getPlans().get(0).getCode() + " own plans/" + TAK),
                plans);
    }

    @Test
    void everyEntryIsListedOnceWithTheSha256AndSizeOfItsBytes() throws Exception {
        Set<String> listed = new TreeSet<>();
        for (String value : values("Entry")) {
            String[] parts = value.split(" ", 3);
            byte[] bytes = entries.get(parts[2]);
            assertTrue(bytes != null, parts[2] + " is listed but not in the zip");
            assertEquals(
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    parts[0],
                    parts[2]);
            assertEquals(bytes.length, Long.parseLong(parts[1]), parts[2]);
            assertTrue(listed.add(parts[2]), parts[2] + " listed twice");
        }
        Set<String> inZip = new TreeSet<>(entries.keySet());
        inZip.remove("manifest.txt");
        assertEquals(inZip, listed, "every entry but the manifest is listed, and nothing else");
    }

    @Test
    void thePlansAndTheirNotationFilesAreThereAsOnDisk() throws Exception {
        for (String name : List.of(REGION, TAK)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(name)), entries.get("plans/" + name), name);
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve(name + ".notation")),
                    entries.get("plans/" + name + ".notation"),
                    name + ".notation");
            assertTrue(new String(entries.get("plans/" + name + ".notation"), StandardCharsets.UTF_8)
                    .contains("\"strategy-map\""));
        }
    }

    @Test
    void eachInstrumentOfTheYearIsThereAsHtmlAndXForm() throws Exception {
        List<EvaluationInstrument> instruments = tak.getMonitoringPlans().stream()
                .filter(m -> m.getFiscalYear() == 2562)
                .flatMap(m -> m.getInstruments().stream())
                .toList();
        assertFalse(instruments.isEmpty());
        Set<String> expected = new TreeSet<>();
        for (EvaluationInstrument instrument : instruments) {
            String name = "instruments/" + OutputFiles.safeName(instrument.getCode());
            expected.add(name + ".html");
            expected.add(name + ".xml");
            String html = new String(entries.get(name + ".html"), StandardCharsets.UTF_8);
            assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains(instrument.getName()), name + ".html");
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element form = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(entries.get(name + ".xml")))
                    .getDocumentElement();
            Element data =
                    (Element) form.getElementsByTagNameNS(XFORMS, "instance").item(0);
            data = (Element) data.getElementsByTagName("*").item(0);
            assertEquals(instrument.getUuid(), data.getAttributeNS(PHAEN_XFORMS, "instrument"), name + ".xml");
        }
        Set<String> packed = new TreeSet<>(entries.keySet().stream()
                .filter(e -> e.startsWith("instruments/"))
                .toList());
        assertEquals(expected, packed);
    }

    @Test
    void theEntriesAndTheManifestAreTheOnesDocumented() throws Exception {
        String doc = Files.readString(Repository.path("docs", "package-format.md"));
        Matcher block = Pattern.compile("## `manifest.txt`.*?```\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        assertTrue(block.find(), "docs/package-format.md shows the manifest");
        List<String> documented = block.group(1)
                .lines()
                .map(line -> line.substring(0, line.indexOf(':')))
                .toList();
        assertEquals(documented, manifest.stream().map(kv -> kv[0]).distinct().toList());
        for (String path : entries.keySet()) {
            assertTrue(
                    path.matches("manifest\\.txt|plans/[^/]+\\.phaen(\\.notation)?|instruments/[^/]+\\.(html|xml)"
                            + "|data/[^/]+\\.csv"),
                    path + " is not an entry the format documents");
        }
        Matcher table = Pattern.compile("\\| `([a-z]+\\.csv)` \\| `([a-z_,]+)`").matcher(doc);
        Set<String> csvFiles = new TreeSet<>();
        while (table.find()) {
            byte[] csv = entries.get("data/" + table.group(1));
            assertTrue(csv != null, table.group(1) + " is documented but not packed");
            assertEquals(
                    table.group(2),
                    new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElse(""));
            csvFiles.add("data/" + table.group(1));
        }
        assertEquals(6, csvFiles.size(), "the six documented CSV files");
        assertEquals(
                csvFiles,
                new TreeSet<>(entries.keySet().stream()
                        .filter(e -> e.startsWith("data/"))
                        .toList()));
        assertTrue(
                new String(entries.get("data/measurements.csv"), StandardCharsets.UTF_8)
                                .lines()
                                .count()
                        > 100,
                "the store's measurements of the period");
    }

    private static String single(String key) {
        List<String> all = values(key);
        assertEquals(1, all.size(), key + " once");
        return all.get(0);
    }

    private static List<String> values(String key) {
        return manifest.stream()
                .filter(kv -> kv[0].equals(key))
                .map(kv -> kv[1])
                .toList();
    }
}
