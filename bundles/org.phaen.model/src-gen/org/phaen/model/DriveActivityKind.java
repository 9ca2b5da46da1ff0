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
 * A representation of the literals of the enumeration '<em><b>Drive Activity Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getDriveActivityKind()
 * @model
 * @generated
 */
public enum DriveActivityKind implements Enumerator {
	/**
	 * The '<em><b>COMMUNICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNICATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNICATION(0, "COMMUNICATION", "COMMUNICATION"),

	/**
	 * The '<em><b>PUBLICITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLICITY_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLICITY(1, "PUBLICITY", "PUBLICITY"),

	/**
	 * The '<em><b>BRIEFING MEETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRIEFING_MEETING_VALUE
	 * @generated
	 * @ordered
	 */
	BRIEFING_MEETING(2, "BRIEFING_MEETING", "BRIEFING_MEETING"),

	/**
	 * The '<em><b>REVIEW MEETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW_MEETING_VALUE
	 * @generated
	 * @ordered
	 */
	REVIEW_MEETING(3, "REVIEW_MEETING", "REVIEW_MEETING");

	/**
	 * The '<em><b>COMMUNICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNICATION_VALUE = 0;

	/**
	 * The '<em><b>PUBLICITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLICITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLICITY_VALUE = 1;

	/**
	 * The '<em><b>BRIEFING MEETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BRIEFING_MEETING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BRIEFING_MEETING_VALUE = 2;

	/**
	 * The '<em><b>REVIEW MEETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVIEW_MEETING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REVIEW_MEETING_VALUE = 3;

	/**
	 * An array of all the '<em><b>Drive Activity Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DriveActivityKind[] VALUES_ARRAY =
		new DriveActivityKind[] {
			COMMUNICATION,
			PUBLICITY,
			BRIEFING_MEETING,
			REVIEW_MEETING,
		};

	/**
	 * A public read-only list of all the '<em><b>Drive Activity Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DriveActivityKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Drive Activity Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DriveActivityKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DriveActivityKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Drive Activity Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DriveActivityKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DriveActivityKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Drive Activity Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DriveActivityKind get(int value) {
		switch (value) {
			case COMMUNICATION_VALUE: return COMMUNICATION;
			case PUBLICITY_VALUE: return PUBLICITY;
			case BRIEFING_MEETING_VALUE: return BRIEFING_MEETING;
			case REVIEW_MEETING_VALUE: return REVIEW_MEETING;
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
	private DriveActivityKind(int value, String name, String literal) {
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
	
} //DriveActivityKind
