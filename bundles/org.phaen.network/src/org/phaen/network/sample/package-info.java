/**
 * The provincial sample plans of Region 17 (Tak, Phetchabun, Sukhothai, Uttaradit): illustrative plans aligned to
 * the regional sample plan, made by a seeded generator ({@link org.phaen.network.sample.Region17Samples}) with their
 * instruments and example collected data.
 */
package org.phaen.network.sample;
