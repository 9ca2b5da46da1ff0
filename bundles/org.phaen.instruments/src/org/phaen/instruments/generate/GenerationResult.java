package org.phaen.instruments.generate;

import java.util.List;
import org.phaen.model.EvaluationInstrument;

/**
 * What a generation run did: the instruments (created or brought up to date), how many were
 * new, changed or already current, and warnings naming data the plan lacks.
 */
public record GenerationResult(
        List<EvaluationInstrument> instruments, int created, int changed, int unchanged, List<String> warnings) {}
