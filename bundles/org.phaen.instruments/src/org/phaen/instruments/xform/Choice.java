package org.phaen.instruments.xform;

/** One answer of a select: the stored value and its Thai and English labels. */
public record Choice(String value, String labelTh, String labelEn) {}
