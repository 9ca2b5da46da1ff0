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
 * A representation of the literals of the enumeration '<em><b>Membership Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getMembershipRole()
 * @model
 * @generated
 */
public enum MembershipRole implements Enumerator {
	/**
	 * The '<em><b>CHAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIR_VALUE
	 * @generated
	 * @ordered
	 */
	CHAIR(0, "CHAIR", "CHAIR"),

	/**
	 * The '<em><b>VICE CHAIR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICE_CHAIR_VALUE
	 * @generated
	 * @ordered
	 */
	VICE_CHAIR(1, "VICE_CHAIR", "VICE_CHAIR"),

	/**
	 * The '<em><b>MEMBER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMBER_VALUE
	 * @generated
	 * @ordered
	 */
	MEMBER(2, "MEMBER", "MEMBER"),

	/**
	 * The '<em><b>SECRETARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETARY_VALUE
	 * @generated
	 * @ordered
	 */
	SECRETARY(3, "SECRETARY", "SECRETARY"),

	/**
	 * The '<em><b>ASSISTANT SECRETARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSISTANT_SECRETARY_VALUE
	 * @generated
	 * @ordered
	 */
	ASSISTANT_SECRETARY(4, "ASSISTANT_SECRETARY", "ASSISTANT_SECRETARY"),

	/**
	 * The '<em><b>ADVISOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISOR_VALUE
	 * @generated
	 * @ordered
	 */
	ADVISOR(5, "ADVISOR", "ADVISOR");

	/**
	 * The '<em><b>CHAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHAIR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHAIR_VALUE = 0;

	/**
	 * The '<em><b>VICE CHAIR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VICE_CHAIR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VICE_CHAIR_VALUE = 1;

	/**
	 * The '<em><b>MEMBER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEMBER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEMBER_VALUE = 2;

	/**
	 * The '<em><b>SECRETARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SECRETARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SECRETARY_VALUE = 3;

	/**
	 * The '<em><b>ASSISTANT SECRETARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ASSISTANT_SECRETARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ASSISTANT_SECRETARY_VALUE = 4;

	/**
	 * The '<em><b>ADVISOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVISOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVISOR_VALUE = 5;

	/**
	 * An array of all the '<em><b>Membership Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MembershipRole[] VALUES_ARRAY =
		new MembershipRole[] {
			CHAIR,
			VICE_CHAIR,
			MEMBER,
			SECRETARY,
			ASSISTANT_SECRETARY,
			ADVISOR,
		};

	/**
	 * A public read-only list of all the '<em><b>Membership Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MembershipRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Membership Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MembershipRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Membership Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MembershipRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Membership Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MembershipRole get(int value) {
		switch (value) {
			case CHAIR_VALUE: return CHAIR;
			case VICE_CHAIR_VALUE: return VICE_CHAIR;
			case MEMBER_VALUE: return MEMBER;
			case SECRETARY_VALUE: return SECRETARY;
			case ASSISTANT_SECRETARY_VALUE: return ASSISTANT_SECRETARY;
			case ADVISOR_VALUE: return ADVISOR;
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
	private MembershipRole(int value, String name, String literal) {
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
	
} //MembershipRole
