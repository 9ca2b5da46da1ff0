/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Core Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A core value of the office (model 1.1): code is the letter or word it stands for where the values spell one, name the value, description what it means in practice.
 * <!-- end-model-doc -->
 *
 *
 * @see org.phaen.model.PhaenPackage#getCoreValue()
 * @model
 * @generated
 */
public interface CoreValue extends Named {
} // CoreValue
