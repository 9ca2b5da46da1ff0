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
 * A representation of the literals of the enumeration '<em><b>Person Role</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getPersonRole()
 * @model
 * @generated
 */
public enum PersonRole implements Enumerator {
	/**
	 * The '<em><b>OFFICER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICER_VALUE
	 * @generated
	 * @ordered
	 */
	OFFICER(0, "OFFICER", "OFFICER"),

	/**
	 * The '<em><b>EXPERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT_VALUE
	 * @generated
	 * @ordered
	 */
	EXPERT(1, "EXPERT", "EXPERT"),

	/**
	 * The '<em><b>LOCAL WISDOM HOLDER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_WISDOM_HOLDER_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_WISDOM_HOLDER(2, "LOCAL_WISDOM_HOLDER", "LOCAL_WISDOM_HOLDER"),

	/**
	 * The '<em><b>VILLAGE SAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VILLAGE_SAGE_VALUE
	 * @generated
	 * @ordered
	 */
	VILLAGE_SAGE(3, "VILLAGE_SAGE", "VILLAGE_SAGE"),

	/**
	 * The '<em><b>TEACHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEACHER_VALUE
	 * @generated
	 * @ordered
	 */
	TEACHER(4, "TEACHER", "TEACHER"),

	/**
	 * The '<em><b>COMMUNITY LEADER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_LEADER_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_LEADER(5, "COMMUNITY_LEADER", "COMMUNITY_LEADER"),

	/**
	 * The '<em><b>VOLUNTEER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEER_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTEER(6, "VOLUNTEER", "VOLUNTEER"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>OFFICER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OFFICER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OFFICER_VALUE = 0;

	/**
	 * The '<em><b>EXPERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPERT_VALUE = 1;

	/**
	 * The '<em><b>LOCAL WISDOM HOLDER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_WISDOM_HOLDER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_WISDOM_HOLDER_VALUE = 2;

	/**
	 * The '<em><b>VILLAGE SAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VILLAGE_SAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VILLAGE_SAGE_VALUE = 3;

	/**
	 * The '<em><b>TEACHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEACHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TEACHER_VALUE = 4;

	/**
	 * The '<em><b>COMMUNITY LEADER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_LEADER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_LEADER_VALUE = 5;

	/**
	 * The '<em><b>VOLUNTEER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTEER_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Person Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PersonRole[] VALUES_ARRAY =
		new PersonRole[] {
			OFFICER,
			EXPERT,
			LOCAL_WISDOM_HOLDER,
			VILLAGE_SAGE,
			TEACHER,
			COMMUNITY_LEADER,
			VOLUNTEER,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Person Role</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PersonRole> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Person Role</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PersonRole get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PersonRole result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Person Role</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PersonRole getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PersonRole result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Person Role</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PersonRole get(int value) {
		switch (value) {
			case OFFICER_VALUE: return OFFICER;
			case EXPERT_VALUE: return EXPERT;
			case LOCAL_WISDOM_HOLDER_VALUE: return LOCAL_WISDOM_HOLDER;
			case VILLAGE_SAGE_VALUE: return VILLAGE_SAGE;
			case TEACHER_VALUE: return TEACHER;
			case COMMUNITY_LEADER_VALUE: return COMMUNITY_LEADER;
			case VOLUNTEER_VALUE: return VOLUNTEER;
			case OTHER_VALUE: return OTHER;
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
	private PersonRole(int value, String name, String literal) {
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
	
} //PersonRole
