/*
 * Copyright (c) 2026 The Phaen contributors.
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0: https://www.eclipse.org/legal/epl-2.0/
 * SPDX-License-Identifier: EPL-2.0
 */
package org.phaen.diagram.description;

/** A mapping to plain nodes. */
public record NodeMapping(String id, String domainClass, String candidates, NodeLook look) implements Mapping {}
