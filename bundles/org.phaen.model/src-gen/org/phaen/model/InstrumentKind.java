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
 * A representation of the literals of the enumeration '<em><b>Instrument Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getInstrumentKind()
 * @model
 * @generated
 */
public enum InstrumentKind implements Enumerator {
	/**
	 * The '<em><b>PROGRESS REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESS_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	PROGRESS_REPORT(0, "PROGRESS_REPORT", "PROGRESS_REPORT"),

	/**
	 * The '<em><b>KPI COLLECTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KPI_COLLECTION_VALUE
	 * @generated
	 * @ordered
	 */
	KPI_COLLECTION(1, "KPI_COLLECTION", "KPI_COLLECTION"),

	/**
	 * The '<em><b>SATISFACTION SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATISFACTION_SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	SATISFACTION_SURVEY(2, "SATISFACTION_SURVEY", "SATISFACTION_SURVEY"),

	/**
	 * The '<em><b>MONITORING CHECKLIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORING_CHECKLIST_VALUE
	 * @generated
	 * @ordered
	 */
	MONITORING_CHECKLIST(3, "MONITORING_CHECKLIST", "MONITORING_CHECKLIST"),

	/**
	 * The '<em><b>SITE VISIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITE_VISIT_VALUE
	 * @generated
	 * @ordered
	 */
	SITE_VISIT(4, "SITE_VISIT", "SITE_VISIT"),

	/**
	 * The '<em><b>SUMMARY REPORT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUMMARY_REPORT_VALUE
	 * @generated
	 * @ordered
	 */
	SUMMARY_REPORT(5, "SUMMARY_REPORT", "SUMMARY_REPORT");

	/**
	 * The '<em><b>PROGRESS REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROGRESS_REPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROGRESS_REPORT_VALUE = 0;

	/**
	 * The '<em><b>KPI COLLECTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KPI_COLLECTION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KPI_COLLECTION_VALUE = 1;

	/**
	 * The '<em><b>SATISFACTION SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SATISFACTION_SURVEY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SATISFACTION_SURVEY_VALUE = 2;

	/**
	 * The '<em><b>MONITORING CHECKLIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORING_CHECKLIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MONITORING_CHECKLIST_VALUE = 3;

	/**
	 * The '<em><b>SITE VISIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SITE_VISIT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SITE_VISIT_VALUE = 4;

	/**
	 * The '<em><b>SUMMARY REPORT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUMMARY_REPORT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SUMMARY_REPORT_VALUE = 5;

	/**
	 * An array of all the '<em><b>Instrument Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final InstrumentKind[] VALUES_ARRAY =
		new InstrumentKind[] {
			PROGRESS_REPORT,
			KPI_COLLECTION,
			SATISFACTION_SURVEY,
			MONITORING_CHECKLIST,
			SITE_VISIT,
			SUMMARY_REPORT,
		};

	/**
	 * A public read-only list of all the '<em><b>Instrument Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<InstrumentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			InstrumentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Instrument Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static InstrumentKind get(int value) {
		switch (value) {
			case PROGRESS_REPORT_VALUE: return PROGRESS_REPORT;
			case KPI_COLLECTION_VALUE: return KPI_COLLECTION;
			case SATISFACTION_SURVEY_VALUE: return SATISFACTION_SURVEY;
			case MONITORING_CHECKLIST_VALUE: return MONITORING_CHECKLIST;
			case SITE_VISIT_VALUE: return SITE_VISIT;
			case SUMMARY_REPORT_VALUE: return SUMMARY_REPORT;
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
	private InstrumentKind(int value, String name, String literal) {
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
	
} //InstrumentKind
