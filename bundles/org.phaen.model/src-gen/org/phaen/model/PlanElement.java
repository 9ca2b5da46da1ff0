/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Element</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An element of a plan document that can be aligned to elements of other plans.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.PlanElement#getAlignments <em>Alignments</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getPlanElement()
 * @model abstract="true"
 * @generated
 */
public interface PlanElement extends Named {
	/**
	 * Returns the value of the '<em><b>Alignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Alignment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alignments</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getPlanElement_Alignments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Alignment> getAlignments();

} // PlanElement
