/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import java.time.LocalDate;
import org.eclipse.emf.ecore.EObject;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.InstrumentKind;
import org.phaen.model.privacy.PersonalDataMatcher;
import org.phaen.model.privacy.RedactedCopy;

/**
 * Which instruments reach the public and what they may print. The satisfaction survey is handed to citizens, so
 * it is always rendered from a copy with the personal data of people who have not consented redacted (the same
 * matcher as the public site); with {@code all}, every instrument is. Renderers stay unaware of it.
 */
public final class PublicInstruments {

    private final PersonalDataMatcher personal;
    private final boolean all;

    private PublicInstruments(PersonalDataMatcher personal, boolean all) {
        this.personal = personal;
        this.all = all;
    }

    /** For the plans loaded with {@code plan}, as consents stand today. */
    public static PublicInstruments of(EObject plan, boolean all) {
        return new PublicInstruments(PersonalDataMatcher.loadedWith(plan, LocalDate.now()), all);
    }

    public boolean isPublic(EvaluationInstrument instrument) {
        return all || instrument.isSetKind() && instrument.getKind() == InstrumentKind.SATISFACTION_SURVEY;
    }

    /** The instrument to hand to a renderer: a redacted copy when it is public, the instrument itself otherwise. */
    public EvaluationInstrument forRendering(EvaluationInstrument instrument) {
        return isPublic(instrument) ? RedactedCopy.of(instrument, personal) : instrument;
    }
}
