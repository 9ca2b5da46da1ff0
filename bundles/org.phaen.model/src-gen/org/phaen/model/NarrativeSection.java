/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Narrative Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A section of a plan book's text (model 1.1): a heading and ordered blocks of plain text. kind places it in the book; tablesAfter names the model-driven tables printed right after it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.NarrativeSection#getKind <em>Kind</em>}</li>
 *   <li>{@link org.phaen.model.NarrativeSection#getHeading <em>Heading</em>}</li>
 *   <li>{@link org.phaen.model.NarrativeSection#getHeadingEn <em>Heading En</em>}</li>
 *   <li>{@link org.phaen.model.NarrativeSection#getBlocks <em>Blocks</em>}</li>
 *   <li>{@link org.phaen.model.NarrativeSection#getTablesAfter <em>Tables After</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getNarrativeSection()
 * @model
 * @generated
 */
public interface NarrativeSection extends Identified {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.SectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.SectionKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #setKind(SectionKind)
	 * @see org.phaen.model.PhaenPackage#getNarrativeSection_Kind()
	 * @model unsettable="true"
	 * @generated
	 */
	SectionKind getKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.NarrativeSection#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.phaen.model.SectionKind
	 * @see #isSetKind()
	 * @see #unsetKind()
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SectionKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.NarrativeSection#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKind()
	 * @see #getKind()
	 * @see #setKind(SectionKind)
	 * @generated
	 */
	void unsetKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.NarrativeSection#getKind <em>Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kind</em>' attribute is set.
	 * @see #unsetKind()
	 * @see #getKind()
	 * @see #setKind(SectionKind)
	 * @generated
	 */
	boolean isSetKind();

	/**
	 * Returns the value of the '<em><b>Heading</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heading</em>' attribute.
	 * @see #setHeading(String)
	 * @see org.phaen.model.PhaenPackage#getNarrativeSection_Heading()
	 * @model
	 * @generated
	 */
	String getHeading();

	/**
	 * Sets the value of the '{@link org.phaen.model.NarrativeSection#getHeading <em>Heading</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heading</em>' attribute.
	 * @see #getHeading()
	 * @generated
	 */
	void setHeading(String value);

	/**
	 * Returns the value of the '<em><b>Heading En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Heading En</em>' attribute.
	 * @see #setHeadingEn(String)
	 * @see org.phaen.model.PhaenPackage#getNarrativeSection_HeadingEn()
	 * @model
	 * @generated
	 */
	String getHeadingEn();

	/**
	 * Sets the value of the '{@link org.phaen.model.NarrativeSection#getHeadingEn <em>Heading En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Heading En</em>' attribute.
	 * @see #getHeadingEn()
	 * @generated
	 */
	void setHeadingEn(String value);

	/**
	 * Returns the value of the '<em><b>Blocks</b></em>' containment reference list.
	 * The list contents are of type {@link org.phaen.model.TextBlock}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Blocks</em>' containment reference list.
	 * @see org.phaen.model.PhaenPackage#getNarrativeSection_Blocks()
	 * @model containment="true"
	 * @generated
	 */
	EList<TextBlock> getBlocks();

	/**
	 * Returns the value of the '<em><b>Tables After</b></em>' attribute list.
	 * The list contents are of type {@link org.phaen.model.ModelTable}.
	 * The literals are from the enumeration {@link org.phaen.model.ModelTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tables After</em>' attribute list.
	 * @see org.phaen.model.ModelTable
	 * @see org.phaen.model.PhaenPackage#getNarrativeSection_TablesAfter()
	 * @model
	 * @generated
	 */
	EList<ModelTable> getTablesAfter();

} // NarrativeSection
