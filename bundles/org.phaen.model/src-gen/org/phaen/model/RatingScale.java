/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rating Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A rating scale with Thai and English labels per level.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.RatingScale#getLevels <em>Levels</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getRatingScale()
 * @model
 * @generated
 */
public interface RatingScale extends Named {
	/**
	 * Returns the value of the '<em><b>Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.ScaleLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Levels</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getRatingScale_Levels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScaleLevel> getLevels();

} // RatingScale
