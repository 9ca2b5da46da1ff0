/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.codegen;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.phaen.codegen.GenerateModelCode.CodegenException;

/** Sets up EMF outside OSGi and loads, resolves and validates a genmodel. */
final class GenModelLoader {

    private GenModelLoader() {}

    /**
     * Loads the genmodel; {@code platform:/resource/<bundle>/} is read from {@code <bundles>/<bundle>/}.
     * Fails on a missing file, load errors, unresolved references and genmodel diagnostics of severity error.
     */
    static GenModel load(Path bundles, Path genModelFile) throws CodegenException {
        if (!Files.isRegularFile(genModelFile)) {
            throw new CodegenException("genmodel not found: " + genModelFile);
        }
        registerEmf();

        ResourceSet resourceSet = new ResourceSetImpl();
        Map<URI, URI> uriMap = resourceSet.getURIConverter().getURIMap();
        uriMap.put(URI.createURI("platform:/resource/"), FileTrees.dirUri(bundles));
        // Genmodels usually reference Ecore's own genmodel (usedGenPackages) as a platform:/plugin URI.
        URL ecoreGenModel = EcorePackage.class.getResource("/model/Ecore.genmodel");
        if (ecoreGenModel != null) {
            String jarRoot = ecoreGenModel.toString().replaceFirst("model/Ecore\\.genmodel$", "");
            uriMap.put(URI.createURI("platform:/plugin/org.eclipse.emf.ecore/"), URI.createURI(jarRoot));
        }

        Resource resource;
        try {
            resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
            EcoreUtil.resolveAll(resourceSet);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new CodegenException("cannot load " + genModelFile + ": " + cause.getMessage());
        }
        for (Resource r : resourceSet.getResources()) {
            if (!r.getErrors().isEmpty()) {
                throw new CodegenException(
                        r.getURI() + ": " + r.getErrors().get(0).getMessage());
            }
        }
        Map<EObject, ?> unresolved = EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet);
        if (!unresolved.isEmpty()) {
            throw new CodegenException("unresolved reference: "
                    + EcoreUtil.getURI(unresolved.keySet().iterator().next()));
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel genModel)) {
            throw new CodegenException("not a genmodel: " + genModelFile);
        }

        // As the Eclipse genmodel editor does on opening: bring the genmodel in line with the .ecore files
        // (in memory only; the .genmodel file is not saved).
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            throw new CodegenException(genModelFile + ": " + describe(diagnostic));
        }
        return genModel;
    }

    /** Registrations that plugin.xml extensions do inside Eclipse. */
    private static void registerEmf() {
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        factories.put("xmi", new XMIResourceFactoryImpl());
        // Touching the packages registers them in EPackage.Registry.INSTANCE.
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(
                GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    }

    /** The most specific message of a diagnostic, on one line. */
    static String describe(Diagnostic diagnostic) {
        Diagnostic leaf = diagnostic;
        while (!leaf.getChildren().isEmpty()) {
            leaf = leaf.getChildren().stream()
                    .filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                    .findFirst()
                    .orElse(leaf.getChildren().get(0));
        }
        String where = leaf.getData().stream()
                .filter(EObject.class::isInstance)
                .map(o -> EcoreUtil.getURI((EObject) o).fragment())
                .findFirst()
                .orElse("");
        String message = leaf.getMessage() != null ? leaf.getMessage() : diagnostic.getMessage();
        if (leaf.getException() != null && message == null) {
            message = leaf.getException().toString();
        }
        return (message + (where.isEmpty() ? "" : " (" + where + ")")).replace('\n', ' ');
    }
}
