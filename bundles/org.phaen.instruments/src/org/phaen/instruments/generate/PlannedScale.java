package org.phaen.instruments.generate;

import java.util.List;

/** A choice list or rating scale the generator wants in an instrument, by code. */
public record PlannedScale(String code, String nameTh, String nameEn, List<Level> levels) {

    /** One choice: its stored value and its Thai and English labels. */
    public record Level(int value, String labelTh, String labelEn) {
    }

    /** The usual Thai 5-point satisfaction scale, most satisfied first. */
    public static PlannedScale satisfaction() {
        return new PlannedScale("SAT5", "ระดับความพึงพอใจ 5 ระดับ", "5-point satisfaction scale", List.of(
                new Level(5, "มากที่สุด", "Very satisfied"), new Level(4, "มาก", "Satisfied"),
                new Level(3, "ปานกลาง", "Neutral"), new Level(2, "น้อย", "Dissatisfied"),
                new Level(1, "น้อยที่สุด", "Very dissatisfied")));
    }
}
