/**
 * The strategic plan's book, part by part.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.book.strategic.StrategicBook#of} (cover, foreword, contents, the four parts and
 * the annexes).
 * <p>
 * <b>Contract:</b> as {@link org.phaen.book}: deterministic, anchored by UUID, wording from the properties.
 * <p>
 * <b>Threads:</b> as {@link org.phaen.book}.
 */
package org.phaen.book.strategic;
