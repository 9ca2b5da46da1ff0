/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instrument Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A question or entry of an instrument; name is the Thai label, nameEn the English one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.phaen.model.InstrumentItem#getItemKind <em>Item Kind</em>}</li>
 *   <li>{@link org.phaen.model.InstrumentItem#getSection <em>Section</em>}</li>
 *   <li>{@link org.phaen.model.InstrumentItem#getSectionEn <em>Section En</em>}</li>
 *   <li>{@link org.phaen.model.InstrumentItem#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.phaen.model.InstrumentItem#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.phaen.model.InstrumentItem#getScale <em>Scale</em>}</li>
 *   <li>{@link org.phaen.model.InstrumentItem#isRequired <em>Required</em>}</li>
 *   <li>{@link org.phaen.model.InstrumentItem#getHint <em>Hint</em>}</li>
 *   <li>{@link org.phaen.model.InstrumentItem#getHintEn <em>Hint En</em>}</li>
 *   <li>{@link org.phaen.model.InstrumentItem#getGeneratorKey <em>Generator Key</em>}</li>
 *   <li>{@link org.phaen.model.InstrumentItem#isUserEdited <em>User Edited</em>}</li>
 * </ul>
 *
 * @see org.phaen.model.PhaenPackage#getInstrumentItem()
 * @model
 * @generated
 */
public interface InstrumentItem extends Named {
	/**
	 * Returns the value of the '<em><b>Item Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.phaen.model.ItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Kind</em>' attribute.
	 * @see org.phaen.model.ItemKind
	 * @see #isSetItemKind()
	 * @see #unsetItemKind()
	 * @see #setItemKind(ItemKind)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_ItemKind()
	 * @model unsettable="true"
	 * @generated
	 */
	ItemKind getItemKind();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#getItemKind <em>Item Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Kind</em>' attribute.
	 * @see org.phaen.model.ItemKind
	 * @see #isSetItemKind()
	 * @see #unsetItemKind()
	 * @see #getItemKind()
	 * @generated
	 */
	void setItemKind(ItemKind value);

	/**
	 * Unsets the value of the '{@link org.phaen.model.InstrumentItem#getItemKind <em>Item Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetItemKind()
	 * @see #getItemKind()
	 * @see #setItemKind(ItemKind)
	 * @generated
	 */
	void unsetItemKind();

	/**
	 * Returns whether the value of the '{@link org.phaen.model.InstrumentItem#getItemKind <em>Item Kind</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Item Kind</em>' attribute is set.
	 * @see #unsetItemKind()
	 * @see #getItemKind()
	 * @see #setItemKind(ItemKind)
	 * @generated
	 */
	boolean isSetItemKind();

	/**
	 * Returns the value of the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section</em>' attribute.
	 * @see #setSection(String)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_Section()
	 * @model
	 * @generated
	 */
	String getSection();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#getSection <em>Section</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section</em>' attribute.
	 * @see #getSection()
	 * @generated
	 */
	void setSection(String value);

	/**
	 * Returns the value of the '<em><b>Section En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section En</em>' attribute.
	 * @see #setSectionEn(String)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_SectionEn()
	 * @model
	 * @generated
	 */
	String getSectionEn();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#getSectionEn <em>Section En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section En</em>' attribute.
	 * @see #getSectionEn()
	 * @generated
	 */
	void setSectionEn(String value);

	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Indicator</em>' reference.
	 * @see #setIndicator(Indicator)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_Indicator()
	 * @model
	 * @generated
	 */
	Indicator getIndicator();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#getIndicator <em>Indicator</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' reference.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(Indicator value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' reference.
	 * @see #setSubject(Named)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_Subject()
	 * @model
	 * @generated
	 */
	Named getSubject();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#getSubject <em>Subject</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' reference.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(Named value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale</em>' reference.
	 * @see #setScale(RatingScale)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_Scale()
	 * @model
	 * @generated
	 */
	RatingScale getScale();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#getScale <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' reference.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(RatingScale value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Hint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hint</em>' attribute.
	 * @see #setHint(String)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_Hint()
	 * @model
	 * @generated
	 */
	String getHint();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#getHint <em>Hint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hint</em>' attribute.
	 * @see #getHint()
	 * @generated
	 */
	void setHint(String value);

	/**
	 * Returns the value of the '<em><b>Hint En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hint En</em>' attribute.
	 * @see #setHintEn(String)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_HintEn()
	 * @model
	 * @generated
	 */
	String getHintEn();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#getHintEn <em>Hint En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hint En</em>' attribute.
	 * @see #getHintEn()
	 * @generated
	 */
	void setHintEn(String value);

	/**
	 * Returns the value of the '<em><b>Generator Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Generator Key</em>' attribute.
	 * @see #setGeneratorKey(String)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_GeneratorKey()
	 * @model
	 * @generated
	 */
	String getGeneratorKey();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#getGeneratorKey <em>Generator Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generator Key</em>' attribute.
	 * @see #getGeneratorKey()
	 * @generated
	 */
	void setGeneratorKey(String value);

	/**
	 * Returns the value of the '<em><b>User Edited</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Edited</em>' attribute.
	 * @see #setUserEdited(boolean)
	 * @see org.phaen.model.PhaenPackage#getInstrumentItem_UserEdited()
	 * @model
	 * @generated
	 */
	boolean isUserEdited();

	/**
	 * Sets the value of the '{@link org.phaen.model.InstrumentItem#isUserEdited <em>User Edited</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Edited</em>' attribute.
	 * @see #isUserEdited()
	 * @generated
	 */
	void setUserEdited(boolean value);

} // InstrumentItem
