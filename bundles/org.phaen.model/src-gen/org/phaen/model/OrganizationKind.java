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
 * A representation of the literals of the enumeration '<em><b>Organization Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getOrganizationKind()
 * @model
 * @generated
 */
public enum OrganizationKind implements Enumerator {
	/**
	 * The '<em><b>EDUCATION AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	EDUCATION_AGENCY(0, "EDUCATION_AGENCY", "EDUCATION_AGENCY"),

	/**
	 * The '<em><b>SCHOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOL(1, "SCHOOL", "SCHOOL"),

	/**
	 * The '<em><b>SOCIAL AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_AGENCY(2, "SOCIAL_AGENCY", "SOCIAL_AGENCY"),

	/**
	 * The '<em><b>GOVERNMENT AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT_AGENCY(3, "GOVERNMENT_AGENCY", "GOVERNMENT_AGENCY"),

	/**
	 * The '<em><b>LOCAL ADMINISTRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_ADMINISTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_ADMINISTRATION(4, "LOCAL_ADMINISTRATION", "LOCAL_ADMINISTRATION"),

	/**
	 * The '<em><b>PRIVATE SECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_SECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_SECTOR(5, "PRIVATE_SECTOR", "PRIVATE_SECTOR"),

	/**
	 * The '<em><b>CIVIL SOCIETY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIVIL_SOCIETY_VALUE
	 * @generated
	 * @ordered
	 */
	CIVIL_SOCIETY(6, "CIVIL_SOCIETY", "CIVIL_SOCIETY"),

	/**
	 * The '<em><b>COMMUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY(7, "COMMUNITY", "COMMUNITY"),

	/**
	 * The '<em><b>RELIGIOUS INSTITUTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELIGIOUS_INSTITUTION_VALUE
	 * @generated
	 * @ordered
	 */
	RELIGIOUS_INSTITUTION(8, "RELIGIOUS_INSTITUTION", "RELIGIOUS_INSTITUTION");

	/**
	 * The '<em><b>EDUCATION AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EDUCATION_AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EDUCATION_AGENCY_VALUE = 0;

	/**
	 * The '<em><b>SCHOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOL_VALUE = 1;

	/**
	 * The '<em><b>SOCIAL AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_AGENCY_VALUE = 2;

	/**
	 * The '<em><b>GOVERNMENT AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_AGENCY_VALUE = 3;

	/**
	 * The '<em><b>LOCAL ADMINISTRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_ADMINISTRATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_ADMINISTRATION_VALUE = 4;

	/**
	 * The '<em><b>PRIVATE SECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_SECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_SECTOR_VALUE = 5;

	/**
	 * The '<em><b>CIVIL SOCIETY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CIVIL_SOCIETY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CIVIL_SOCIETY_VALUE = 6;

	/**
	 * The '<em><b>COMMUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_VALUE = 7;

	/**
	 * The '<em><b>RELIGIOUS INSTITUTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELIGIOUS_INSTITUTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELIGIOUS_INSTITUTION_VALUE = 8;

	/**
	 * An array of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final OrganizationKind[] VALUES_ARRAY =
		new OrganizationKind[] {
			EDUCATION_AGENCY,
			SCHOOL,
			SOCIAL_AGENCY,
			GOVERNMENT_AGENCY,
			LOCAL_ADMINISTRATION,
			PRIVATE_SECTOR,
			CIVIL_SOCIETY,
			COMMUNITY,
			RELIGIOUS_INSTITUTION,
		};

	/**
	 * A public read-only list of all the '<em><b>Organization Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<OrganizationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			OrganizationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Organization Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static OrganizationKind get(int value) {
		switch (value) {
			case EDUCATION_AGENCY_VALUE: return EDUCATION_AGENCY;
			case SCHOOL_VALUE: return SCHOOL;
			case SOCIAL_AGENCY_VALUE: return SOCIAL_AGENCY;
			case GOVERNMENT_AGENCY_VALUE: return GOVERNMENT_AGENCY;
			case LOCAL_ADMINISTRATION_VALUE: return LOCAL_ADMINISTRATION;
			case PRIVATE_SECTOR_VALUE: return PRIVATE_SECTOR;
			case CIVIL_SOCIETY_VALUE: return CIVIL_SOCIETY;
			case COMMUNITY_VALUE: return COMMUNITY;
			case RELIGIOUS_INSTITUTION_VALUE: return RELIGIOUS_INSTITUTION;
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
	private OrganizationKind(int value, String name, String literal) {
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
	
} //OrganizationKind
