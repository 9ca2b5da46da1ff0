package org.phaen.model.resource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.phaen.model.PhaenPackage;
import org.phaen.model.PlanModel;
import org.xml.sax.SAXParseException;

/** The entry point for plain Java programs: resource sets that know plan files, loading with clear errors. */
public final class PlanFiles {

    private PlanFiles() {
    }

    /** A resource set that reads and writes {@code *.phaen} files, inside or outside OSGi. */
    public static ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(PhaenPackage.eNS_URI, PhaenPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(PhaenResourceFactory.EXTENSION, new PhaenResourceFactory());
        return set;
    }

    /** Loads a plan file into the set; cross-file references resolve on demand within the same set. */
    public static PlanModel load(ResourceSet set, Path file) throws PlanLoadException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new PlanLoadException(name, 0, Files.exists(file) ? "not a regular file" : "no such file", null);
        }
        if (!Files.isReadable(file)) {
            throw new PlanLoadException(name, 0, "not readable", null);
        }
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(null);
        } catch (IOException | RuntimeException e) {
            set.getResources().remove(resource);
            throw explain(name, e);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof PlanModel model)) {
            set.getResources().remove(resource);
            throw new PlanLoadException(name, 0, "not a Phaen plan (its root element is not a PlanModel)", null);
        }
        return model;
    }

    /**
     * Saves a model that is in no file yet as {@code file}: a new resource for it in the set (so links to the set's
     * other plans are written relative to it), then the safe save.
     */
    public static void saveAs(PlanModel model, ResourceSet set, Path file) throws IOException {
        Resource resource = set.createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        resource.getContents().add(model);
        new SafeSave().save(resource, file);
    }

    /** Saves the model's resource safely to its own file. */
    public static void save(PlanModel model) throws IOException {
        Resource resource = model.eResource();
        new SafeSave().save(resource, Path.of(resource.getURI().toFileString()));
    }

    private static PlanLoadException explain(String file, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return new PlanLoadException(file, sax.getLineNumber(), reason(sax.getMessage()), e);
            }
            if (t instanceof XMIException xmi && xmi.getLine() > 0) {
                return new PlanLoadException(file, xmi.getLine(), reason(xmi.getMessage()), e);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return new PlanLoadException(file, 0, reason(e.getMessage()), e);
    }

    private static String reason(String message) {
        if (message != null && message.contains("DOCTYPE")) {
            return "refused: the file contains a DOCTYPE declaration; plan files never do, and external entities are never read";
        }
        return message == null ? "unreadable" : message;
    }
}
