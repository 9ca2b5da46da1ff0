/**
 * Personal data of people who have not consented to publication (Thailand's Personal Data Protection Act
 * B.E. 2562), found however it is written. {@link org.phaen.model.privacy.PersonalDataMatcher} is the one matcher
 * every output uses: validation (PH-PDP-001 looks into free text), the instruments handed to the public, the
 * reports, the public site and its final scan, and the plan book to come. It lives here, in the model bundle,
 * because it needs only the model and plain Java: no output format, no UI, no OSGi service.
 * <p>
 * Matching compares normalised text, not the written form ({@link org.phaen.model.privacy.TextSkeleton}): Thai,
 * full-width and other digits become ASCII digits, spaces, zero-width characters and soft hyphens vanish, letters
 * fold to lower case, "[at]" becomes "@"; phone numbers and ID numbers are compared as bare digits (dots, dashes
 * and spaces between them ignored, +66/66/0 prefixes equal). A name is found with or without its title
 * ({@link org.phaen.model.privacy.Titles}), and a first name alone when it is distinctive.
 * <p>
 * Entry points: {@code PersonalDataMatcher.loadedWith(element, day)} (or {@code inResources}, {@code of}), then
 * {@code find}, {@code redact} or {@code redactor()}; {@code RedactedCopy.of} for outputs that render model elements;
 * {@code MarkupText.readable} for the scan of written HTML, SVG and XML. Threading: a matcher is immutable once
 * built and may be used from any thread; building it reads the model, so build it where the model may be read.
 */
package org.phaen.model.privacy;
