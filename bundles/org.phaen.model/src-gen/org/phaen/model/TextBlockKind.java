/**
 * Generated from phaen.ecore by releng/org.phaen.codegen. Do not edit.
 */
package org.phaen.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Text Block Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getTextBlockKind()
 * @model
 * @generated
 */
public enum TextBlockKind implements Enumerator {
	/**
	 * The '<em><b>PARAGRAPH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAGRAPH_VALUE
	 * @generated
	 * @ordered
	 */
	PARAGRAPH(0, "PARAGRAPH", "PARAGRAPH"),

	/**
	 * The '<em><b>NUMBERED LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NUMBERED_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	NUMBERED_LIST(1, "NUMBERED_LIST", "NUMBERED_LIST"),

	/**
	 * The '<em><b>BULLETED LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BULLETED_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	BULLETED_LIST(2, "BULLETED_LIST", "BULLETED_LIST");

	/**
	 * The '<em><b>PARAGRAPH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARAGRAPH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARAGRAPH_VALUE = 0;

	/**
	 * The '<em><b>NUMBERED LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NUMBERED_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NUMBERED_LIST_VALUE = 1;

	/**
	 * The '<em><b>BULLETED LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BULLETED_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BULLETED_LIST_VALUE = 2;

	/**
	 * An array of all the '<em><b>Text Block Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TextBlockKind[] VALUES_ARRAY =
		new TextBlockKind[] {
			PARAGRAPH,
			NUMBERED_LIST,
			BULLETED_LIST,
		};

	/**
	 * A public read-only list of all the '<em><b>Text Block Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TextBlockKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Text Block Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TextBlockKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TextBlockKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Text Block Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TextBlockKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TextBlockKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Text Block Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TextBlockKind get(int value) {
		switch (value) {
			case PARAGRAPH_VALUE: return PARAGRAPH;
			case NUMBERED_LIST_VALUE: return NUMBERED_LIST;
			case BULLETED_LIST_VALUE: return BULLETED_LIST;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TextBlockKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TextBlockKind
