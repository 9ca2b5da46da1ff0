package org.phaen.compare;

import java.nio.file.Path;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;

/** The sample plans of models/, each loaded into a resource set of its own (as phaen diff and merge load them). */
final class Samples {

    static final String PROVINCE = "phitsanulok-2562.phaen", REGION = "region17-2562.phaen";

    private Samples() {}

    static Path file(String name) {
        return Path.of(System.getProperty("phaen.root", "../.."), "models", name)
                .toAbsolutePath()
                .normalize();
    }

    static PlanModel load(String name) throws Exception {
        return PlanFiles.load(PlanFiles.newResourceSet(), file(name));
    }
}
