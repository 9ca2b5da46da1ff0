/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.book;

/** The two books an education office publishes from its plans. */
public enum BookKind {
    /** The multi-year strategic (development) plan: แผนยุทธศาสตร์ / แผนพัฒนาการศึกษา. */
    STRATEGIC,
    /** One fiscal year's action plan: แผนปฏิบัติราชการประจำปี. */
    ACTION_PLAN
}
