/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Party</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An organisation or a person that can sign an MOU or receive recognition.
 * <!-- end-model-doc -->
 *
 *
 * @see org.phaen.model.PhaenPackage#getParty()
 * @model abstract="true"
 * @generated
 */
public interface Party extends Named {
} // Party
