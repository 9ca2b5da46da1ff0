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
 * A representation of the literals of the enumeration '<em><b>Section Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getSectionKind()
 * @model
 * @generated
 */
public enum SectionKind implements Enumerator {
	/**
	 * The '<em><b>FOREWORD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOREWORD_VALUE
	 * @generated
	 * @ordered
	 */
	FOREWORD(0, "FOREWORD", "FOREWORD"),

	/**
	 * The '<em><b>BACKGROUND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACKGROUND_VALUE
	 * @generated
	 * @ordered
	 */
	BACKGROUND(1, "BACKGROUND", "BACKGROUND"),

	/**
	 * The '<em><b>CONTEXT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTEXT_VALUE
	 * @generated
	 * @ordered
	 */
	CONTEXT(2, "CONTEXT", "CONTEXT"),

	/**
	 * The '<em><b>ENVIRONMENT ANALYSIS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENVIRONMENT_ANALYSIS_VALUE
	 * @generated
	 * @ordered
	 */
	ENVIRONMENT_ANALYSIS(3, "ENVIRONMENT_ANALYSIS", "ENVIRONMENT_ANALYSIS"),

	/**
	 * The '<em><b>OBJECTIVES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBJECTIVES_VALUE
	 * @generated
	 * @ordered
	 */
	OBJECTIVES(4, "OBJECTIVES", "OBJECTIVES"),

	/**
	 * The '<em><b>IMPLEMENTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPLEMENTATION_VALUE
	 * @generated
	 * @ordered
	 */
	IMPLEMENTATION(5, "IMPLEMENTATION", "IMPLEMENTATION"),

	/**
	 * The '<em><b>RESOURCE MOBILISATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_MOBILISATION_VALUE
	 * @generated
	 * @ordered
	 */
	RESOURCE_MOBILISATION(6, "RESOURCE_MOBILISATION", "RESOURCE_MOBILISATION"),

	/**
	 * The '<em><b>MONITORING EVALUATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORING_EVALUATION_VALUE
	 * @generated
	 * @ordered
	 */
	MONITORING_EVALUATION(7, "MONITORING_EVALUATION", "MONITORING_EVALUATION"),

	/**
	 * The '<em><b>ANNEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNEX_VALUE
	 * @generated
	 * @ordered
	 */
	ANNEX(8, "ANNEX", "ANNEX");

	/**
	 * The '<em><b>FOREWORD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FOREWORD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FOREWORD_VALUE = 0;

	/**
	 * The '<em><b>BACKGROUND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BACKGROUND
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BACKGROUND_VALUE = 1;

	/**
	 * The '<em><b>CONTEXT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTEXT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONTEXT_VALUE = 2;

	/**
	 * The '<em><b>ENVIRONMENT ANALYSIS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENVIRONMENT_ANALYSIS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENVIRONMENT_ANALYSIS_VALUE = 3;

	/**
	 * The '<em><b>OBJECTIVES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OBJECTIVES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OBJECTIVES_VALUE = 4;

	/**
	 * The '<em><b>IMPLEMENTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IMPLEMENTATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMPLEMENTATION_VALUE = 5;

	/**
	 * The '<em><b>RESOURCE MOBILISATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_MOBILISATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESOURCE_MOBILISATION_VALUE = 6;

	/**
	 * The '<em><b>MONITORING EVALUATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORING_EVALUATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MONITORING_EVALUATION_VALUE = 7;

	/**
	 * The '<em><b>ANNEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ANNEX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ANNEX_VALUE = 8;

	/**
	 * An array of all the '<em><b>Section Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SectionKind[] VALUES_ARRAY =
		new SectionKind[] {
			FOREWORD,
			BACKGROUND,
			CONTEXT,
			ENVIRONMENT_ANALYSIS,
			OBJECTIVES,
			IMPLEMENTATION,
			RESOURCE_MOBILISATION,
			MONITORING_EVALUATION,
			ANNEX,
		};

	/**
	 * A public read-only list of all the '<em><b>Section Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SectionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Section Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SectionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Section Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SectionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Section Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SectionKind get(int value) {
		switch (value) {
			case FOREWORD_VALUE: return FOREWORD;
			case BACKGROUND_VALUE: return BACKGROUND;
			case CONTEXT_VALUE: return CONTEXT;
			case ENVIRONMENT_ANALYSIS_VALUE: return ENVIRONMENT_ANALYSIS;
			case OBJECTIVES_VALUE: return OBJECTIVES;
			case IMPLEMENTATION_VALUE: return IMPLEMENTATION;
			case RESOURCE_MOBILISATION_VALUE: return RESOURCE_MOBILISATION;
			case MONITORING_EVALUATION_VALUE: return MONITORING_EVALUATION;
			case ANNEX_VALUE: return ANNEX;
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
	private SectionKind(int value, String name, String literal) {
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
	
} //SectionKind
