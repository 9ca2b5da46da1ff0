/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.monitoring.store;

import java.time.Instant;
import java.util.List;

/**
 * What became of one package. {@code RECEIVED}: its rows are stored; {@code REPLACED}: they are, in place of an older
 * package of the same office and period ({@code replaced} says when that one was made); {@code ALREADY_RECEIVED}:
 * the same package came before and nothing was counted again; {@code OLDER}: a newer package of that office and period
 * is in force and nothing was written; {@code REJECTED}: its rows do not fit the store ({@code errors}), nothing written.
 */
public record ReceiveResult(Outcome outcome, int rows, Instant replaced, List<String> errors) {

    public enum Outcome {
        RECEIVED,
        REPLACED,
        ALREADY_RECEIVED,
        OLDER,
        REJECTED
    }

    static ReceiveResult of(Outcome outcome, int rows, Instant replaced) {
        return new ReceiveResult(outcome, rows, replaced, List.of());
    }

    static ReceiveResult rejected(List<String> errors) {
        return new ReceiveResult(Outcome.REJECTED, 0, null, List.copyOf(errors));
    }
}
