/** The regional network's commands: {@code generate-provinces}. */
package org.phaen.network.cli;
