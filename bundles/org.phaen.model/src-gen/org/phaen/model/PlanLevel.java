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
 * A representation of the literals of the enumeration '<em><b>Plan Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getPlanLevel()
 * @model
 * @generated
 */
public enum PlanLevel implements Enumerator {
	/**
	 * The '<em><b>NATIONAL STRATEGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_STRATEGY_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_STRATEGY(0, "NATIONAL_STRATEGY", "NATIONAL_STRATEGY"),

	/**
	 * The '<em><b>MASTER PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASTER_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	MASTER_PLAN(1, "MASTER_PLAN", "MASTER_PLAN"),

	/**
	 * The '<em><b>NATIONAL REFORM PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_REFORM_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL_REFORM_PLAN(2, "NATIONAL_REFORM_PLAN", "NATIONAL_REFORM_PLAN"),

	/**
	 * The '<em><b>NESDP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NESDP_VALUE
	 * @generated
	 * @ordered
	 */
	NESDP(3, "NESDP", "NESDP"),

	/**
	 * The '<em><b>GOVERNMENT POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	GOVERNMENT_POLICY(4, "GOVERNMENT_POLICY", "GOVERNMENT_POLICY"),

	/**
	 * The '<em><b>MINISTRY POLICY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTRY_POLICY_VALUE
	 * @generated
	 * @ordered
	 */
	MINISTRY_POLICY(5, "MINISTRY_POLICY", "MINISTRY_POLICY"),

	/**
	 * The '<em><b>MINISTRY PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTRY_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	MINISTRY_PLAN(6, "MINISTRY_PLAN", "MINISTRY_PLAN"),

	/**
	 * The '<em><b>REGIONAL STRATEGIC PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGIONAL_STRATEGIC_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	REGIONAL_STRATEGIC_PLAN(7, "REGIONAL_STRATEGIC_PLAN", "REGIONAL_STRATEGIC_PLAN"),

	/**
	 * The '<em><b>PROVINCIAL EDUCATION PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_EDUCATION_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	PROVINCIAL_EDUCATION_PLAN(8, "PROVINCIAL_EDUCATION_PLAN", "PROVINCIAL_EDUCATION_PLAN"),

	/**
	 * The '<em><b>AGENCY PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENCY_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	AGENCY_PLAN(9, "AGENCY_PLAN", "AGENCY_PLAN"),

	/**
	 * The '<em><b>ANNUAL ACTION PLAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_ACTION_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	ANNUAL_ACTION_PLAN(10, "ANNUAL_ACTION_PLAN", "ANNUAL_ACTION_PLAN");

	/**
	 * The '<em><b>NATIONAL STRATEGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_STRATEGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_STRATEGY_VALUE = 0;

	/**
	 * The '<em><b>MASTER PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MASTER_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MASTER_PLAN_VALUE = 1;

	/**
	 * The '<em><b>NATIONAL REFORM PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_REFORM_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_REFORM_PLAN_VALUE = 2;

	/**
	 * The '<em><b>NESDP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NESDP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NESDP_VALUE = 3;

	/**
	 * The '<em><b>GOVERNMENT POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOVERNMENT_POLICY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GOVERNMENT_POLICY_VALUE = 4;

	/**
	 * The '<em><b>MINISTRY POLICY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTRY_POLICY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINISTRY_POLICY_VALUE = 5;

	/**
	 * The '<em><b>MINISTRY PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MINISTRY_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MINISTRY_PLAN_VALUE = 6;

	/**
	 * The '<em><b>REGIONAL STRATEGIC PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGIONAL_STRATEGIC_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REGIONAL_STRATEGIC_PLAN_VALUE = 7;

	/**
	 * The '<em><b>PROVINCIAL EDUCATION PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVINCIAL_EDUCATION_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROVINCIAL_EDUCATION_PLAN_VALUE = 8;

	/**
	 * The '<em><b>AGENCY PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AGENCY_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int AGENCY_PLAN_VALUE = 9;

	/**
	 * The '<em><b>ANNUAL ACTION PLAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNUAL_ACTION_PLAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNUAL_ACTION_PLAN_VALUE = 10;

	/**
	 * An array of all the '<em><b>Plan Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PlanLevel[] VALUES_ARRAY =
		new PlanLevel[] {
			NATIONAL_STRATEGY,
			MASTER_PLAN,
			NATIONAL_REFORM_PLAN,
			NESDP,
			GOVERNMENT_POLICY,
			MINISTRY_POLICY,
			MINISTRY_PLAN,
			REGIONAL_STRATEGIC_PLAN,
			PROVINCIAL_EDUCATION_PLAN,
			AGENCY_PLAN,
			ANNUAL_ACTION_PLAN,
		};

	/**
	 * A public read-only list of all the '<em><b>Plan Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PlanLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Plan Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlanLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Plan Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlanLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Plan Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlanLevel get(int value) {
		switch (value) {
			case NATIONAL_STRATEGY_VALUE: return NATIONAL_STRATEGY;
			case MASTER_PLAN_VALUE: return MASTER_PLAN;
			case NATIONAL_REFORM_PLAN_VALUE: return NATIONAL_REFORM_PLAN;
			case NESDP_VALUE: return NESDP;
			case GOVERNMENT_POLICY_VALUE: return GOVERNMENT_POLICY;
			case MINISTRY_POLICY_VALUE: return MINISTRY_POLICY;
			case MINISTRY_PLAN_VALUE: return MINISTRY_PLAN;
			case REGIONAL_STRATEGIC_PLAN_VALUE: return REGIONAL_STRATEGIC_PLAN;
			case PROVINCIAL_EDUCATION_PLAN_VALUE: return PROVINCIAL_EDUCATION_PLAN;
			case AGENCY_PLAN_VALUE: return AGENCY_PLAN;
			case ANNUAL_ACTION_PLAN_VALUE: return ANNUAL_ACTION_PLAN;
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
	private PlanLevel(int value, String name, String literal) {
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
	
} //PlanLevel
