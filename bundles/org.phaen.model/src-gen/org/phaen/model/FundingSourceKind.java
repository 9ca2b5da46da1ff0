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
 * A representation of the literals of the enumeration '<em><b>Funding Source Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getFundingSourceKind()
 * @model
 * @generated
 */
public enum FundingSourceKind implements Enumerator {
	/**
	 * The '<em><b>PARENT AGENCY BUDGET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT_AGENCY_BUDGET_VALUE
	 * @generated
	 * @ordered
	 */
	PARENT_AGENCY_BUDGET(0, "PARENT_AGENCY_BUDGET", "PARENT_AGENCY_BUDGET"),

	/**
	 * The '<em><b>PROVINCIAL DEVELOPMENT PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_DEVELOPMENT_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL_DEVELOPMENT_PLAN(1, "PROVINCIAL_DEVELOPMENT_PLAN", "PROVINCIAL_DEVELOPMENT_PLAN"),

	/**
	 * The '<em><b>OTHER AGENCY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_AGENCY_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER_AGENCY(2, "OTHER_AGENCY", "OTHER_AGENCY"),

	/**
	 * The '<em><b>LOCAL ADMINISTRATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_ADMINISTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_ADMINISTRATION(3, "LOCAL_ADMINISTRATION", "LOCAL_ADMINISTRATION"),

	/**
	 * The '<em><b>PRIVATE DONATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_DONATION_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_DONATION(4, "PRIVATE_DONATION", "PRIVATE_DONATION"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(5, "OTHER", "OTHER");

	/**
	 * The '<em><b>PARENT AGENCY BUDGET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARENT_AGENCY_BUDGET
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARENT_AGENCY_BUDGET_VALUE = 0;

	/**
	 * The '<em><b>PROVINCIAL DEVELOPMENT PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_DEVELOPMENT_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_DEVELOPMENT_PLAN_VALUE = 1;

	/**
	 * The '<em><b>OTHER AGENCY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_AGENCY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_AGENCY_VALUE = 2;

	/**
	 * The '<em><b>LOCAL ADMINISTRATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_ADMINISTRATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_ADMINISTRATION_VALUE = 3;

	/**
	 * The '<em><b>PRIVATE DONATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_DONATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_DONATION_VALUE = 4;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 5;

	/**
	 * An array of all the '<em><b>Funding Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final FundingSourceKind[] VALUES_ARRAY =
		new FundingSourceKind[] {
			PARENT_AGENCY_BUDGET,
			PROVINCIAL_DEVELOPMENT_PLAN,
			OTHER_AGENCY,
			LOCAL_ADMINISTRATION,
			PRIVATE_DONATION,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Funding Source Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<FundingSourceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Funding Source Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingSourceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FundingSourceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Funding Source Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingSourceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			FundingSourceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Funding Source Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static FundingSourceKind get(int value) {
		switch (value) {
			case PARENT_AGENCY_BUDGET_VALUE: return PARENT_AGENCY_BUDGET;
			case PROVINCIAL_DEVELOPMENT_PLAN_VALUE: return PROVINCIAL_DEVELOPMENT_PLAN;
			case OTHER_AGENCY_VALUE: return OTHER_AGENCY;
			case LOCAL_ADMINISTRATION_VALUE: return LOCAL_ADMINISTRATION;
			case PRIVATE_DONATION_VALUE: return PRIVATE_DONATION;
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
	private FundingSourceKind(int value, String name, String literal) {
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
	
} //FundingSourceKind
