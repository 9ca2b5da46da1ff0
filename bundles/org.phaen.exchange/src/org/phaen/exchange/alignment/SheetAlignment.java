/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.exchange.alignment;

import org.phaen.model.AlignmentKind;
import org.phaen.model.PlanElement;

/** One alignment a sheet row asks for: element → target, with its kind (null when left blank) and rationale. */
public record SheetAlignment(PlanElement element, PlanElement target, AlignmentKind kind, String rationale) {}
