/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recognition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Recognition (การยกย่องเชิดชูเกียรติ) of a person or organisation who contributed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.Recognition#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.phaen.model.Recognition#getReason <em>Reason</em>}</li>
 *   <li>{@link org.phaen.model.Recognition#getDate <em>Date</em>}</li>
 *   <li>{@link org.phaen.model.Recognition#getContribution <em>Contribution</em>}</li>
 *   <li>{@link org.phaen.model.Recognition#getAwardedBy <em>Awarded By</em>}</li>
 *   <li>{@link org.phaen.model.Recognition#getRelatedProjects <em>Related Projects</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getRecognition()
 * @model
 * @generated
 */
public interface Recognition extends Named {
	/**
	 * Returns the value of the '<em><b>Recipient</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipient</em>' reference.
	 * @see #setRecipient(Party)
	 * @see org.phaen.model.PhaenPackage#getRecognition_Recipient()
	 * @model
	 * @generated
	 */
	Party getRecipient();

	/**
	 * Sets the value of the '{@link org.phaen.model.Recognition#getRecipient <em>Recipient</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient</em>' reference.
	 * @see #getRecipient()
	 * @generated
	 */
	void setRecipient(Party value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.phaen.model.PhaenPackage#getRecognition_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.phaen.model.Recognition#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.phaen.model.PhaenPackage#getRecognition_Date()
	 * @model dataType="org.phaen.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.phaen.model.Recognition#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Contribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contribution</em>' attribute.
	 * @see #setContribution(String)
	 * @see org.phaen.model.PhaenPackage#getRecognition_Contribution()
	 * @model
	 * @generated
	 */
	String getContribution();

	/**
	 * Sets the value of the '{@link org.phaen.model.Recognition#getContribution <em>Contribution</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Contribution</em>' attribute.
	 * @see #getContribution()
	 * @generated
	 */
	void setContribution(String value);

	/**
	 * Returns the value of the '<em><b>Awarded By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Awarded By</em>' reference.
	 * @see #setAwardedBy(Organization)
	 * @see org.phaen.model.PhaenPackage#getRecognition_AwardedBy()
	 * @model
	 * @generated
	 */
	Organization getAwardedBy();

	/**
	 * Sets the value of the '{@link org.phaen.model.Recognition#getAwardedBy <em>Awarded By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Awarded By</em>' reference.
	 * @see #getAwardedBy()
	 * @generated
	 */
	void setAwardedBy(Organization value);

	/**
	 * Returns the value of the '<em><b>Related Projects</b></em>' reference list.
	 * The list contents are of type {@link org.phaen.model.Project}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Related Projects</em>' reference list.
	 * @see org.phaen.model.PhaenPackage#getRecognition_RelatedProjects()
	 * @model
	 * @generated
	 */
	EList<Project> getRelatedProjects();

} // Recognition
