package org.phaen.exchange;

import java.nio.file.Path;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;

/** The sample plans of models/: the provincial plan aligns to the regional one across files. */
public final class Samples {

    private Samples() {}

    public static Path file(String name) {
        return Path.of(System.getProperty("phaen.root", "../.."), "models", name)
                .toAbsolutePath()
                .normalize();
    }

    /** Loads the regional plan, then the provincial plan, into the set; returns the provincial one. */
    public static PlanModel province(ResourceSet set) throws Exception {
        PlanFiles.load(set, file("region17-2562.phaen"));
        return PlanFiles.load(set, file("phitsanulok-2562.phaen"));
    }
}
