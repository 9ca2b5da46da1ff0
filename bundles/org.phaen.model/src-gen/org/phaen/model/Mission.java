/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mission</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mission (พันธกิจ) of a strategic plan.
 * <!-- end-model-doc -->
 *
 *
 * @see org.phaen.model.PhaenPackage#getMission()
 * @model
 * @generated
 */
public interface Mission extends PlanElement {
} // Mission
