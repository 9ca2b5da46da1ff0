package org.phaen.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.phaen.model.PlanModel;
import org.phaen.model.resource.PlanFiles;
import org.phaen.model.resource.PlanLoadException;

/** Loads the plan files named on the command line, turning load failures into bad input. */
final class Loading {

    private Loading() {
    }

    static List<PlanModel> loadAll(ResourceSet set, List<Path> files) throws BadInputException {
        List<PlanModel> models = new ArrayList<>();
        for (Path file : files) {
            try {
                models.add(PlanFiles.load(set, file));
            } catch (PlanLoadException e) {
                throw new BadInputException(e.getMessage(), e);
            }
        }
        return models;
    }
}
