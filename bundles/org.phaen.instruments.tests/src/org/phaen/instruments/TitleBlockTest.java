/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.phaen.model.EvaluationInstrument;
import org.phaen.model.PhaenFactory;

class TitleBlockTest {

    private static EvaluationInstrument instrument(String name) {
        EvaluationInstrument instrument = PhaenFactory.eINSTANCE.createEvaluationInstrument();
        instrument.setName(name);
        instrument.setCode("SAT-2562-X");
        instrument.setFiscalYear(2562);
        instrument.setVersion(2);
        return instrument;
    }

    @Test
    void fiscalYearIsSaidOnceOnly() {
        assertNull(TitleBlock.of(instrument("แบบสอบถาม ปีงบประมาณ พ.ศ. 2562"), new RenderOptions(false, null))
                .fiscalYear());
        assertNull(TitleBlock.of(instrument("แบบสอบถาม พ.ศ. ๒๕๖๒"), new RenderOptions(false, null))
                .fiscalYear());
        assertEquals(
                "ปีงบประมาณ พ.ศ. 2562",
                TitleBlock.of(instrument("แบบสอบถาม"), new RenderOptions(false, null))
                        .fiscalYear());
    }

    @Test
    void numbersTheFormAddsFollowTheNumeralOption() {
        TitleBlock block = TitleBlock.of(instrument("แบบสอบถาม"), new RenderOptions(true, LocalDate.of(2019, 10, 1)));
        assertEquals("แบบ SAT-2562-X", block.formCode(), "codes are user text: never converted");
        assertEquals("ปีงบประมาณ พ.ศ. ๒๕๖๒", block.fiscalYear());
        assertEquals("ฉบับที่ ๒ ออก ณ วันที่ ๑ ตุลาคม ๒๕๖๒", block.issue());
    }

    @Test
    void noInstructionsForAFormWithNothingToRateOrRequire() {
        TitleBlock block = TitleBlock.of(instrument("แบบ"), new RenderOptions(false, null));
        assertFalse(block.hasInstructions());
        assertEquals("ฉบับที่ 2", block.issue(), "no issue date given");
    }
}
