/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Drive Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A drive mechanism: communicating the strategy, publicity, briefing meetings, progress reviews.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.DriveActivity#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.DriveActivity#getDate <em>Date</em>}</li>
 *   <li>{@link org.phaen.model.DriveActivity#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.phaen.model.DriveActivity#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.phaen.model.DriveActivity#getOrganizer <em>Organizer</em>}</li>
 *   <li>{@link org.phaen.model.DriveActivity#getRelatedElements <em>Related Elements</em>}</li>
 *   <li>{@link org.phaen.model.DriveActivity#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getDriveActivity()
 * @model
 * @generated
 */
public interface DriveActivity extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.DriveActivityKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.DriveActivityKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(DriveActivityKind)
	 * @see org.phaen.model.PhaenPackage#getDriveActivity_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	DriveActivityKind getKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.DriveActivity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.DriveActivityKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DriveActivityKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.DriveActivity#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(DriveActivityKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.DriveActivity#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(DriveActivityKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getDriveActivity_Date()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.DriveActivity#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Audience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience</em>' attribute.
	 * @see #setAudience(String)
	 * @see org.phaen.model.PhaenPackage#getDriveActivity_Audience()
	 * @model
	 * @generated
	 */
	String getAudience();

	/**
	 * Sets the value of the '{@link org.phaen.model.DriveActivity#getAudience <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience</em>' attribute.
	 * @see #getAudience()
	 * @generated
	 */
	void setAudience(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see #setChannel(String)
	 * @see org.phaen.model.PhaenPackage#getDriveActivity_Channel()
	 * @model
	 * @generated
	 */
	String getChannel();

	/**
	 * Sets the value of the '{@link org.phaen.model.DriveActivity#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(String value);

	/**
	 * Returns the value of the '<em><b>Organizer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizer</em>' reference.
	 * @see #setOrganizer(Organization)
	 * @see org.phaen.model.PhaenPackage#getDriveActivity_Organizer()
	 * @model
	 * @generated
	 */
	Organization getOrganizer();

	/**
	 * Sets the value of the '{@link org.phaen.model.DriveActivity#getOrganizer <em>Organizer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organizer</em>' reference.
	 * @see #getOrganizer()
	 * @generated
	 */
	void setOrganizer(Organization value);

	/**
	 * Returns the value of the '<em><b>Related Elements</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.PlanElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related Elements</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getDriveActivity_RelatedElements()
	 * @model
	 * @generated
	 */
	EList<PlanElement> getRelatedElements();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' attribute list.
	 * @see org.phaen.model.PhaenPackage#getDriveActivity_Decisions()
	 * @model
	 * @generated
	 */
	EList<String> getDecisions();

} // DriveActivity
