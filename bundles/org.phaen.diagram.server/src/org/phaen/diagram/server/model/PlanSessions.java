package org.phaen.diagram.server.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.phaen.diagram.engine.StatusSource;
import org.phaen.model.PlanModel;
import org.phaen.model.provider.PhaenItemProviderAdapterFactory;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;

/**
 * The editing domains diagrams edit through. A plan open in the workbench's plan editor is registered here with
 * the editor's domain, so a diagram of it shares the editor's command stack (one undo history, one dirty state);
 * diagrams of other files are refused; tests and the benchmark {@link #open} theirs.
 */
public final class PlanSessions {

    private static final Map<Path, EditingDomain> DOMAINS = new ConcurrentHashMap<>();
    private static final Map<Path, StatusSource> STATUSES = new ConcurrentHashMap<>();
    private static final Map<Path, Executor> MODEL_THREADS = new ConcurrentHashMap<>();

    private PlanSessions() {
    }

    /**
     * Makes diagrams of the file edit through the given domain (the plan editor's), reading and changing the plan
     * only through {@code modelThread}, which runs a task to its end on the thread that owns the model (the
     * workbench's UI thread: EMF models are not thread-safe, and the editor draws the same plan).
     */
    public static void register(Path planFile, EditingDomain domain, Executor modelThread) {
        DOMAINS.put(key(planFile), domain);
        MODEL_THREADS.put(key(planFile), modelThread);
    }

    /** The thread the file's plan is read and changed on. */
    public static Executor modelThreadFor(Path planFile) {
        return MODEL_THREADS.getOrDefault(key(planFile), Runnable::run);
    }

    /** The indicators' latest statuses from a monitoring store, for the badges of the file's diagrams. */
    public static void registerStatuses(Path planFile, StatusSource statuses) {
        STATUSES.put(key(planFile), statuses);
    }

    /** {@link StatusSource#NONE} when no store was connected for the file. */
    public static StatusSource statusesFor(Path planFile) {
        return STATUSES.getOrDefault(key(planFile), StatusSource.NONE);
    }

    /**
     * The domain of a plan opened for diagrams (the workbench's plan editor registered it, or {@link #open}); any
     * other file is refused, so a client can name no plan the user has not opened.
     */
    public static EditingDomain domainFor(Path planFile) {
        EditingDomain known = DOMAINS.get(key(planFile));
        if (known == null) {
            throw new IllegalArgumentException("the plan " + planFile.getFileName() + " is not open in the workbench: open it there first");
        }
        return known;
    }

    /** Opens a plan for diagrams in a domain of its own, edited on the caller's thread (tests, the benchmark). */
    public static EditingDomain open(Path planFile) throws PlanLoadException {
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        factory.addAdapterFactory(new PhaenItemProviderAdapterFactory());
        factory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(factory, new BasicCommandStack(), PlanFiles.newResourceSet());
        PlanFiles.load(domain.getResourceSet(), planFile);
        register(planFile, domain, Runnable::run);
        return domain;
    }

    /** The plan of the file in its domain (the first resource is the plan file's own). */
    public static PlanModel planOf(EditingDomain domain) {
        return (PlanModel) domain.getResourceSet().getResources().get(0).getContents().get(0);
    }

    private static Path key(Path planFile) {
        return planFile.toAbsolutePath().normalize();
    }
}
