/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Committee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A committee or working group appointed by order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Committee#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.Committee#getOrderNumber <em>Order Number</em>}</li>
 *   <li>{@link org.phaen.model.Committee#getOrderDate <em>Order Date</em>}</li>
 *   <li>{@link org.phaen.model.Committee#getAppointedBy <em>Appointed By</em>}</li>
 *   <li>{@link org.phaen.model.Committee#getMandate <em>Mandate</em>}</li>
 *   <li>{@link org.phaen.model.Committee#getResponsibleFor <em>Responsible For</em>}</li>
 *   <li>{@link org.phaen.model.Committee#getMemberships <em>Memberships</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getCommittee()
 * @model
 * @generated
 */
public interface Committee extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.CommitteeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.CommitteeKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(CommitteeKind)
	 * @see org.phaen.model.PhaenPackage#getCommittee_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	CommitteeKind getKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.Committee#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.CommitteeKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CommitteeKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.Committee#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(CommitteeKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.Committee#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(CommitteeKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Order Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order Number</em>' attribute.
	 * @see #setOrderNumber(String)
	 * @see org.phaen.model.PhaenPackage#getCommittee_OrderNumber()
	 * @model
	 * @generated
	 */
	String getOrderNumber();

	/**
	 * Sets the value of the '{@link org.phaen.model.Committee#getOrderNumber <em>Order Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order Number</em>' attribute.
	 * @see #getOrderNumber()
	 * @generated
	 */
	void setOrderNumber(String value);

	/**
	 * Returns the value of the '<em><b>Order Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Order Date</em>' attribute.
	 * @see #setOrderDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getCommittee_OrderDate()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getOrderDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.Committee#getOrderDate <em>Order Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order Date</em>' attribute.
	 * @see #getOrderDate()
	 * @generated
	 */
	void setOrderDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Appointed By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Appointed By</em>' reference.
	 * @see #setAppointedBy(Organization)
	 * @see org.phaen.model.PhaenPackage#getCommittee_AppointedBy()
	 * @model
	 * @generated
	 */
	Organization getAppointedBy();

	/**
	 * Sets the value of the '{@link org.phaen.model.Committee#getAppointedBy <em>Appointed By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Appointed By</em>' reference.
	 * @see #getAppointedBy()
	 * @generated
	 */
	void setAppointedBy(Organization value);

	/**
	 * Returns the value of the '<em><b>Mandate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandate</em>' attribute.
	 * @see #setMandate(String)
	 * @see org.phaen.model.PhaenPackage#getCommittee_Mandate()
	 * @model
	 * @generated
	 */
	String getMandate();

	/**
	 * Sets the value of the '{@link org.phaen.model.Committee#getMandate <em>Mandate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandate</em>' attribute.
	 * @see #getMandate()
	 * @generated
	 */
	void setMandate(String value);

	/**
	 * Returns the value of the '<em><b>Responsible For</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.PlanElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responsible For</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getCommittee_ResponsibleFor()
	 * @model
	 * @generated
	 */
	EList<PlanElement> getResponsibleFor();

	/**
	 * Returns the value of the '<em><b>Memberships</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.Membership}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memberships</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getCommittee_Memberships()
	 * @model containment="true"
	 * @generated
	 */
	EList<Membership> getMemberships();

} // Committee
