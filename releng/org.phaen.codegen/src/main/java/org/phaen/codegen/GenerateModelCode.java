/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Regenerates the EMF model and edit code of a genmodel, headless and outside OSGi.
 *
 * <pre>
 * GenerateModelCode [--check] &lt;repoRoot&gt; &lt;genmodel path relative to repoRoot&gt;
 * </pre>
 *
 * A workspace path {@code /<bundle>/...} in the genmodel stands for {@code <repoRoot>/bundles/<bundle>/...}.
 * The genmodel's {@code modelDirectory} and {@code editDirectory} (the "src-gen" folders) are generated
 * into a temporary folder and then replace the committed ones as a whole (nothing is touched on error). Everything else it would write (MANIFEST.MF, plugin.xml,
 * plugin.properties, build.properties, icons) goes to a scratch copy; from there a file is copied into
 * the bundle only if the bundle does not have it yet, so hand-written files are never changed.
 *
 * With {@code --check} nothing in the repository is written: the code is generated into a temporary
 * folder and compared with the committed src-gen folders; differences are listed and the exit code is 1.
 *
 * Exit codes: 0 done / up to date, 1 stale (--check), 2 error (one line on stderr).
 */
public final class GenerateModelCode {

    /** An error worth one line on stderr and exit code 2. */
    static final class CodegenException extends Exception {
        CodegenException(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (CodegenException e) {
            System.err.println("codegen: error: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException | IOException e) {
            System.err.println("codegen: error: " + e);
            System.exit(2);
        }
    }

    static int run(String[] args) throws CodegenException, IOException {
        boolean check = args.length > 0 && args[0].equals("--check");
        int first = check ? 1 : 0;
        if (args.length - first != 2) {
            throw new CodegenException("usage: GenerateModelCode [--check] <repoRoot> <genmodel relative to repoRoot>");
        }
        // Generated files must not depend on the OS running the tool.
        System.setProperty("line.separator", "\n");

        Path repoRoot = Path.of(args[first]).toAbsolutePath().normalize();
        Path bundles = repoRoot.resolve("bundles");
        GenModel genModel = GenModelLoader.load(bundles, repoRoot.resolve(args[first + 1]));

        // The folders the generator may write into, e.g. "/org.phaen.model/src-gen" (model and edit).
        Map<String, Path> srcGen = new LinkedHashMap<>();
        for (String dir : List.of(genModel.getModelDirectory(), genModel.getEditDirectory())) {
            String workspacePath = "/" + dir.replaceAll("^/+|/+$", "");
            // The folder is replaced as a whole: never do that to a folder of hand-written code.
            Path folder = bundles.resolve(workspacePath.substring(1)).normalize();
            if (!workspacePath.matches("/[^/]+/(.+/)?src-gen") || !folder.startsWith(bundles)) {
                throw new CodegenException(
                        "refusing to generate into " + workspacePath + ": expected /<bundle>/src-gen");
            }
            srcGen.put(workspacePath, folder);
        }

        Path scratch = Files.createTempDirectory("phaen-codegen");
        try {
            Path out = scratch.resolve("out");
            Path meta = scratch.resolve("meta");
            // The generator writes through the URI converter of the genmodel's resource set; everything is loaded
            // and resolved by now, so its platform:/resource mapping can be switched from reading to writing.
            ResourceSet resourceSet = genModel.eResource().getResourceSet();
            Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
            // Catch-all first: anything outside the src-gen folders lands in the scratch copy ...
            uriMap.put(URI.createURI("platform:/resource/"), FileTrees.dirUri(meta));
            for (String workspacePath : srcGen.keySet()) {
                String bundle = workspacePath.substring(1).split("/")[0];
                FileTrees.seedMeta(bundles.resolve(bundle), meta.resolve(bundle));
                // ... while the src-gen folders (longer prefix, so they win) go to the temporary output.
                uriMap.put(
                        URI.createURI("platform:/resource" + workspacePath + "/"),
                        FileTrees.dirUri(out.resolve(workspacePath.substring(1))));
            }

            generate(genModel);

            List<String> stale = new ArrayList<>();
            FileTrees.applyMeta(meta, bundles, repoRoot, check, stale);
            if (check) {
                for (Map.Entry<String, Path> e : srcGen.entrySet()) {
                    FileTrees.compare(out.resolve(e.getKey().substring(1)), e.getValue(), repoRoot, stale);
                }
                stale.forEach(line -> System.out.println("stale: " + line));
                if (!stale.isEmpty()) {
                    System.out.println(
                            "codegen: generated code is out of date; run the generator (see releng/org.phaen.codegen/README.md)");
                    return 1;
                }
                System.out.println("codegen: generated code is up to date");
            } else {
                for (Map.Entry<String, Path> e : srcGen.entrySet()) {
                    // Replaced as a whole, so classes removed from the model do not linger.
                    FileTrees.replaceTree(out.resolve(e.getKey().substring(1)), e.getValue());
                    System.out.println("codegen: generated " + repoRoot.relativize(e.getValue()));
                }
            }
            return 0;
        } finally {
            FileTrees.deleteTree(scratch);
        }
    }

    /** Runs EMF's generator for the model and the edit code. */
    private static void generate(GenModel genModel) throws CodegenException {
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType :
                List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic diagnostic = generator.generate(genModel, projectType, new BasicMonitor());
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                throw new CodegenException(
                        "generating " + projectType + " code failed: " + GenModelLoader.describe(diagnostic));
            }
        }
    }
}
