/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.cli.spi;

import java.util.Arrays;
import java.util.Locale;

/** An option that names one of a few choices ({@code --format text}), read case-insensitively into an enum constant. */
public final class Choices {

    private Choices() {}

    /**
     * The constant of the type named by the value.
     *
     * @throws BadInputException naming the option and the choices when the value names none
     */
    public static <E extends Enum<E>> E of(Class<E> type, String value, String option) throws BadInputException {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.trim())) {
                return constant;
            }
        }
        throw new BadInputException(
                option + " must be one of "
                        + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not '" + value + "'",
                null);
    }
}
