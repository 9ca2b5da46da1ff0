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
 * A representation of the literals of the enumeration '<em><b>Alignment Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getAlignmentKind()
 * @model
 * @generated
 */
public enum AlignmentKind implements Enumerator {
	/**
	 * The '<em><b>SUPPORTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORTS_VALUE
	 * @generated
	 * @ordered
	 */
	SUPPORTS(0, "SUPPORTS", "SUPPORTS"),

	/**
	 * The '<em><b>IMPLEMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPLEMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	IMPLEMENTS(1, "IMPLEMENTS", "IMPLEMENTS"),

	/**
	 * The '<em><b>CONTRIBUTES TO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRIBUTES_TO_VALUE
	 * @generated
	 * @ordered
	 */
	CONTRIBUTES_TO(2, "CONTRIBUTES_TO", "CONTRIBUTES_TO"),

	/**
	 * The '<em><b>DERIVED FROM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DERIVED_FROM_VALUE
	 * @generated
	 * @ordered
	 */
	DERIVED_FROM(3, "DERIVED_FROM", "DERIVED_FROM"),

	/**
	 * The '<em><b>CONSISTENT WITH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSISTENT_WITH_VALUE
	 * @generated
	 * @ordered
	 */
	CONSISTENT_WITH(4, "CONSISTENT_WITH", "CONSISTENT_WITH");

	/**
	 * The '<em><b>SUPPORTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPPORTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUPPORTS_VALUE = 0;

	/**
	 * The '<em><b>IMPLEMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPLEMENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPLEMENTS_VALUE = 1;

	/**
	 * The '<em><b>CONTRIBUTES TO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTRIBUTES_TO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTRIBUTES_TO_VALUE = 2;

	/**
	 * The '<em><b>DERIVED FROM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DERIVED_FROM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DERIVED_FROM_VALUE = 3;

	/**
	 * The '<em><b>CONSISTENT WITH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSISTENT_WITH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSISTENT_WITH_VALUE = 4;

	/**
	 * An array of all the '<em><b>Alignment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AlignmentKind[] VALUES_ARRAY =
		new AlignmentKind[] {
			SUPPORTS,
			IMPLEMENTS,
			CONTRIBUTES_TO,
			DERIVED_FROM,
			CONSISTENT_WITH,
		};

	/**
	 * A public read-only list of all the '<em><b>Alignment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AlignmentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Alignment Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlignmentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AlignmentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Alignment Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlignmentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AlignmentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Alignment Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlignmentKind get(int value) {
		switch (value) {
			case SUPPORTS_VALUE: return SUPPORTS;
			case IMPLEMENTS_VALUE: return IMPLEMENTS;
			case CONTRIBUTES_TO_VALUE: return CONTRIBUTES_TO;
			case DERIVED_FROM_VALUE: return DERIVED_FROM;
			case CONSISTENT_WITH_VALUE: return CONSISTENT_WITH;
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
	private AlignmentKind(int value, String name, String literal) {
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
	
} //AlignmentKind
