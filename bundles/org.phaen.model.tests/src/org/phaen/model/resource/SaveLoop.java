package org.phaen.model.resource;

import java.nio.file.Path;
import org.phaen.model.Named;
import org.phaen.model.PlanModel;

/** Run in a child JVM by {@link KilledSaveTest}: saves a plan over and over, a little different each time, until killed. */
public final class SaveLoop {

    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        PlanModel plan = PlanFiles.load(PlanFiles.newResourceSet(), file);
        Named first = (Named) plan.getPlans().get(0);
        for (int round = 0; ; round++) {
            first.setDescription("รอบที่ " + round);
            PlanFiles.save(plan);
            System.out.println("saved " + round);
            System.out.flush();
        }
    }
}
