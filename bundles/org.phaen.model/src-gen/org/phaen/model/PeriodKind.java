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
 * A representation of the literals of the enumeration '<em><b>Period Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getPeriodKind()
 * @model
 * @generated
 */
public enum PeriodKind implements Enumerator {
	/**
	 * The '<em><b>MONTH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTH_VALUE
	 * @generated
	 * @ordered
	 */
	MONTH(0, "MONTH", "MONTH"),

	/**
	 * The '<em><b>QUARTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUARTER_VALUE
	 * @generated
	 * @ordered
	 */
	QUARTER(1, "QUARTER", "QUARTER"),

	/**
	 * The '<em><b>HALF YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HALF_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	HALF_YEAR(2, "HALF_YEAR", "HALF_YEAR"),

	/**
	 * The '<em><b>CUMULATIVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUMULATIVE_VALUE
	 * @generated
	 * @ordered
	 */
	CUMULATIVE(3, "CUMULATIVE", "CUMULATIVE"),

	/**
	 * The '<em><b>FULL YEAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_YEAR_VALUE
	 * @generated
	 * @ordered
	 */
	FULL_YEAR(4, "FULL_YEAR", "FULL_YEAR");

	/**
	 * The '<em><b>MONTH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONTH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MONTH_VALUE = 0;

	/**
	 * The '<em><b>QUARTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUARTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUARTER_VALUE = 1;

	/**
	 * The '<em><b>HALF YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HALF_YEAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HALF_YEAR_VALUE = 2;

	/**
	 * The '<em><b>CUMULATIVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUMULATIVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUMULATIVE_VALUE = 3;

	/**
	 * The '<em><b>FULL YEAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FULL_YEAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FULL_YEAR_VALUE = 4;

	/**
	 * An array of all the '<em><b>Period Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PeriodKind[] VALUES_ARRAY =
		new PeriodKind[] {
			MONTH,
			QUARTER,
			HALF_YEAR,
			CUMULATIVE,
			FULL_YEAR,
		};

	/**
	 * A public read-only list of all the '<em><b>Period Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PeriodKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Period Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeriodKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PeriodKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Period Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeriodKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PeriodKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Period Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PeriodKind get(int value) {
		switch (value) {
			case MONTH_VALUE: return MONTH;
			case QUARTER_VALUE: return QUARTER;
			case HALF_YEAR_VALUE: return HALF_YEAR;
			case CUMULATIVE_VALUE: return CUMULATIVE;
			case FULL_YEAR_VALUE: return FULL_YEAR;
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
	private PeriodKind(int value, String name, String literal) {
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
	
} //PeriodKind
