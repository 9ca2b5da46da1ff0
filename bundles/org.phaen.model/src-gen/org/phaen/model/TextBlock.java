/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Text Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A block of plain text (model 1.1), no markup: a paragraph (text) or a numbered or bulleted list (items, one entry per list item).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.TextBlock#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.TextBlock#getText <em>Text</em>}</li>
 *   <li>{@link org.phaen.model.TextBlock#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getTextBlock()
 * @model
 * @generated
 */
public interface TextBlock extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.TextBlockKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.TextBlockKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(TextBlockKind)
	 * @see org.phaen.model.PhaenPackage#getTextBlock_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	TextBlockKind getKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.TextBlock#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.TextBlockKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TextBlockKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.TextBlock#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(TextBlockKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.TextBlock#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(TextBlockKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.phaen.model.PhaenPackage#getTextBlock_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.phaen.model.TextBlock#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' attribute list.
	 * @see org.phaen.model.PhaenPackage#getTextBlock_Items()
	 * @model
	 * @generated
	 */
	EList<String> getItems();

} // TextBlock
