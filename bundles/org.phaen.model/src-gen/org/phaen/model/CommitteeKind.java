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
 * A representation of the literals of the enumeration '<em><b>Committee Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getCommitteeKind()
 * @model
 * @generated
 */
public enum CommitteeKind implements Enumerator {
	/**
	 * The '<em><b>COMMITTEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITTEE_VALUE
	 * @generated
	 * @ordered
	 */
	COMMITTEE(0, "COMMITTEE", "COMMITTEE"),

	/**
	 * The '<em><b>SUBCOMMITTEE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBCOMMITTEE_VALUE
	 * @generated
	 * @ordered
	 */
	SUBCOMMITTEE(1, "SUBCOMMITTEE", "SUBCOMMITTEE"),

	/**
	 * The '<em><b>WORKING GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKING_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	WORKING_GROUP(2, "WORKING_GROUP", "WORKING_GROUP");

	/**
	 * The '<em><b>COMMITTEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITTEE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMITTEE_VALUE = 0;

	/**
	 * The '<em><b>SUBCOMMITTEE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUBCOMMITTEE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUBCOMMITTEE_VALUE = 1;

	/**
	 * The '<em><b>WORKING GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKING_GROUP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORKING_GROUP_VALUE = 2;

	/**
	 * An array of all the '<em><b>Committee Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CommitteeKind[] VALUES_ARRAY =
		new CommitteeKind[] {
			COMMITTEE,
			SUBCOMMITTEE,
			WORKING_GROUP,
		};

	/**
	 * A public read-only list of all the '<em><b>Committee Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CommitteeKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Committee Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommitteeKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Committee Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CommitteeKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Committee Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CommitteeKind get(int value) {
		switch (value) {
			case COMMITTEE_VALUE: return COMMITTEE;
			case SUBCOMMITTEE_VALUE: return SUBCOMMITTEE;
			case WORKING_GROUP_VALUE: return WORKING_GROUP;
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
	private CommitteeKind(int value, String name, String literal) {
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
	
} //CommitteeKind
