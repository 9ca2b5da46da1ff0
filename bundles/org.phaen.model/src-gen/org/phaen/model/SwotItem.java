/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Swot Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One finding of the environment analysis (model 1.1): a strength, weakness, opportunity or threat, stated in a sentence, with the evidence for it where the plan gives it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.SwotItem#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.SwotItem#getStatement <em>Statement</em>}</li>
 *   <li>{@link org.phaen.model.SwotItem#getStatementEn <em>Statement En</em>}</li>
 *   <li>{@link org.phaen.model.SwotItem#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getSwotItem()
 * @model
 * @generated
 */
public interface SwotItem extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.SwotKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.SwotKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(SwotKind)
	 * @see org.phaen.model.PhaenPackage#getSwotItem_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	SwotKind getKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.SwotItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.SwotKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SwotKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.SwotItem#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(SwotKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.SwotItem#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(SwotKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Statement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement</em>' attribute.
	 * @see #setStatement(String)
	 * @see org.phaen.model.PhaenPackage#getSwotItem_Statement()
	 * @model
	 * @generated
	 */
	String getStatement();

	/**
	 * Sets the value of the '{@link org.phaen.model.SwotItem#getStatement <em>Statement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement</em>' attribute.
	 * @see #getStatement()
	 * @generated
	 */
	void setStatement(String value);

	/**
	 * Returns the value of the '<em><b>Statement En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statement En</em>' attribute.
	 * @see #setStatementEn(String)
	 * @see org.phaen.model.PhaenPackage#getSwotItem_StatementEn()
	 * @model
	 * @generated
	 */
	String getStatementEn();

	/**
	 * Sets the value of the '{@link org.phaen.model.SwotItem#getStatementEn <em>Statement En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Statement En</em>' attribute.
	 * @see #getStatementEn()
	 * @generated
	 */
	void setStatementEn(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.phaen.model.PhaenPackage#getSwotItem_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.phaen.model.SwotItem#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

} // SwotItem
