/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A measure (มาตรการ) under a strategy.
 * <!-- end-model-doc -->
 *
 *
 * @see org.phaen.model.PhaenPackage#getMeasure()
 * @model
 * @generated
 */
public interface Measure extends PlanElement {
} // Measure
