/**
 * EMF.Edit item providers for the Phaen metamodel: labels, icons, children and property descriptors of every
 * element, in Thai or English. Generated into {@code src-gen/} from {@code phaen.genmodel}; this file is
 * hand-written because the generator deletes {@code src-gen/}.
 * <p>
 * <b>Entry points:</b> {@link org.phaen.model.provider.PhaenItemProviderAdapterFactory}, usually composed with
 * EMF's resource and reflective factories in an {@code AdapterFactoryEditingDomain};
 * {@link org.phaen.model.provider.PhaenEditPlugin} for the texts ({@code plugin.properties},
 * {@code plugin_th.properties}) and icons.
 * <p>
 * <b>Contract:</b> generated code, never edited by hand: labels and their translations change in the
 * properties files, structure in the genmodel. Every change an item provider makes goes through commands of the
 * editing domain it is given, so it can be undone.
 * <p>
 * <b>Threads:</b> item providers are adapters on model objects and follow the model's rule: use them on the
 * thread that owns the editing domain (the UI thread in the workbench). The plug-in's texts may be read from
 * any thread.
 */
package org.phaen.model.provider;
