/**
 * What the tests of every bundle share (a plain bundle the {@code *.tests} fragments require; no product feature ships
 * it): the sample plans of {@code models/}, temporary copies of them to change, small plans built in code, and
 * assertions over loaded models.
 *
 * <p><b>Entry points:</b> {@link org.phaen.testing.SamplePlans} (the repository's sample files, loaded alone or
 * together with every cross-file reference in one resource set, or copied into a test's own folder);
 * {@link org.phaen.testing.Repository} (other checked-in files: bundle sources, {@code testdata/});
 * {@link org.phaen.testing.TestPlans} (small plans made in code); {@link org.phaen.testing.ModelAssertions}.
 *
 * <p><b>Contract:</b> the files are found below the repository root, the system property {@code phaen.root} that the
 * root {@code pom.xml} sets for every test run ({@code ../..} from a bundle folder otherwise); the samples are never
 * written: a test that changes a plan works on a copy ({@link org.phaen.testing.SamplePlans#copy}).
 *
 * <p><b>Threads:</b> every call makes its own resource set; models are not thread-safe, as anywhere in EMF.
 */
package org.phaen.testing;
