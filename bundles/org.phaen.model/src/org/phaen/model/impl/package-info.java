/**
 * The EMF implementation classes of the Phaen metamodel, generated from {@code model/phaen.ecore} into
 * {@code src-gen/} ({@code MinimalEObjectImpl} based).
 * <p>
 * <b>Entry points:</b> none to call directly: create elements with {@link org.phaen.model.PhaenFactory} and
 * program against the interfaces of {@link org.phaen.model}. The package is exported as EMF's generated model
 * bundles export theirs ({@code PhaenPackage.eINSTANCE} is initialised by
 * {@link org.phaen.model.impl.PhaenPackageImpl#init()}).
 * <p>
 * <b>Contract:</b> generated code only, never edited by hand; it changes whenever the ecore does, so other
 * bundles must not subclass or cast to these classes.
 * <p>
 * <b>Threads:</b> not thread-safe (EMF objects); one thread at a time per resource set.
 */
package org.phaen.model.impl;
