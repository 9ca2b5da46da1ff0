/**
 * Finding extensions: {@link org.phaen.model.extension.Extensions#all(Class)} returns the implementations of an
 * interface declared in {@code META-INF/services} (plain Java) or registered as OSGi services (inside OSGi). The
 * validation rules and the command line's commands are found this way. Stateless; callable from any thread.
 */
package org.phaen.model.extension;
