package org.phaen.exchange.alignment;

import org.phaen.model.AlignmentKind;
import org.phaen.model.PlanElement;

/** One alignment a sheet row asks for: element → target, with its kind (null when left blank) and rationale. */
public record SheetAlignment(PlanElement element, PlanElement target, AlignmentKind kind, String rationale) {}
