/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Learning Resource</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A learning resource (แหล่งเรียนรู้) in the area.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.LearningResource#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.LearningResource#getLocation <em>Location</em>}</li>
 *   <li>{@link org.phaen.model.LearningResource#getCustodian <em>Custodian</em>}</li>
 *   <li>{@link org.phaen.model.LearningResource#getTopics <em>Topics</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getLearningResource()
 * @model
 * @generated
 */
public interface LearningResource extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.LearningResourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.LearningResourceKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(LearningResourceKind)
	 * @see org.phaen.model.PhaenPackage#getLearningResource_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	LearningResourceKind getKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.LearningResource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.LearningResourceKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(LearningResourceKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.LearningResource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(LearningResourceKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.LearningResource#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(LearningResourceKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.phaen.model.PhaenPackage#getLearningResource_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.phaen.model.LearningResource#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Custodian</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Custodian</em>' reference.
	 * @see #setCustodian(Party)
	 * @see org.phaen.model.PhaenPackage#getLearningResource_Custodian()
	 * @model
	 * @generated
	 */
	Party getCustodian();

	/**
	 * Sets the value of the '{@link org.phaen.model.LearningResource#getCustodian <em>Custodian</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Custodian</em>' reference.
	 * @see #getCustodian()
	 * @generated
	 */
	void setCustodian(Party value);

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topics</em>' attribute list.
	 * @see org.phaen.model.PhaenPackage#getLearningResource_Topics()
	 * @model
	 * @generated
	 */
	EList<String> getTopics();

} // LearningResource
