/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments.generate;

import java.util.List;
import org.phaen.model.EvaluationInstrument;

/**
 * What a generation run did: the instruments (created or brought up to date), how many were
 * new, changed or already current, and warnings naming data the plan lacks.
 */
public record GenerationResult(
        List<EvaluationInstrument> instruments, int created, int changed, int unchanged, List<String> warnings) {}
