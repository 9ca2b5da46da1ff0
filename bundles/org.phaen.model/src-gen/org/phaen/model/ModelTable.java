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
 * A representation of the literals of the enumeration '<em><b>Model Table</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getModelTable()
 * @model
 * @generated
 */
public enum ModelTable implements Enumerator {
	/**
	 * The '<em><b>SWOT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWOT_VALUE
	 * @generated
	 * @ordered
	 */
	SWOT(0, "SWOT", "SWOT"),

	/**
	 * The '<em><b>CORE VALUES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORE_VALUES_VALUE
	 * @generated
	 * @ordered
	 */
	CORE_VALUES(1, "CORE_VALUES", "CORE_VALUES"),

	/**
	 * The '<em><b>PROJECTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECTS_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECTS(2, "PROJECTS", "PROJECTS"),

	/**
	 * The '<em><b>BUDGET SUMMARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUDGET_SUMMARY_VALUE
	 * @generated
	 * @ordered
	 */
	BUDGET_SUMMARY(3, "BUDGET_SUMMARY", "BUDGET_SUMMARY"),

	/**
	 * The '<em><b>DRIVE ACTIVITIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIVE_ACTIVITIES_VALUE
	 * @generated
	 * @ordered
	 */
	DRIVE_ACTIVITIES(4, "DRIVE_ACTIVITIES", "DRIVE_ACTIVITIES"),

	/**
	 * The '<em><b>FUNDING SOURCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_SOURCES_VALUE
	 * @generated
	 * @ordered
	 */
	FUNDING_SOURCES(5, "FUNDING_SOURCES", "FUNDING_SOURCES"),

	/**
	 * The '<em><b>PARTNER ORGANIZATIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER_ORGANIZATIONS_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNER_ORGANIZATIONS(6, "PARTNER_ORGANIZATIONS", "PARTNER_ORGANIZATIONS"),

	/**
	 * The '<em><b>LEARNING RESOURCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARNING_RESOURCES_VALUE
	 * @generated
	 * @ordered
	 */
	LEARNING_RESOURCES(7, "LEARNING_RESOURCES", "LEARNING_RESOURCES"),

	/**
	 * The '<em><b>RESOURCE PERSONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_PERSONS_VALUE
	 * @generated
	 * @ordered
	 */
	RESOURCE_PERSONS(8, "RESOURCE_PERSONS", "RESOURCE_PERSONS"),

	/**
	 * The '<em><b>MOUS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOUS_VALUE
	 * @generated
	 * @ordered
	 */
	MOUS(9, "MOUS", "MOUS"),

	/**
	 * The '<em><b>COMMITTEES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITTEES_VALUE
	 * @generated
	 * @ordered
	 */
	COMMITTEES(10, "COMMITTEES", "COMMITTEES"),

	/**
	 * The '<em><b>RECOGNITIONS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOGNITIONS_VALUE
	 * @generated
	 * @ordered
	 */
	RECOGNITIONS(11, "RECOGNITIONS", "RECOGNITIONS"),

	/**
	 * The '<em><b>MONITORING INSTRUMENTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORING_INSTRUMENTS_VALUE
	 * @generated
	 * @ordered
	 */
	MONITORING_INSTRUMENTS(12, "MONITORING_INSTRUMENTS", "MONITORING_INSTRUMENTS"),

	/**
	 * The '<em><b>REPORTING AGENCIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTING_AGENCIES_VALUE
	 * @generated
	 * @ordered
	 */
	REPORTING_AGENCIES(13, "REPORTING_AGENCIES", "REPORTING_AGENCIES"),

	/**
	 * The '<em><b>PARTICIPATION CHANNELS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPATION_CHANNELS_VALUE
	 * @generated
	 * @ordered
	 */
	PARTICIPATION_CHANNELS(14, "PARTICIPATION_CHANNELS", "PARTICIPATION_CHANNELS"),

	/**
	 * The '<em><b>REPORTING SCHEDULES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTING_SCHEDULES_VALUE
	 * @generated
	 * @ordered
	 */
	REPORTING_SCHEDULES(15, "REPORTING_SCHEDULES", "REPORTING_SCHEDULES");

	/**
	 * The '<em><b>SWOT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SWOT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SWOT_VALUE = 0;

	/**
	 * The '<em><b>CORE VALUES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORE_VALUES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORE_VALUES_VALUE = 1;

	/**
	 * The '<em><b>PROJECTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROJECTS_VALUE = 2;

	/**
	 * The '<em><b>BUDGET SUMMARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUDGET_SUMMARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BUDGET_SUMMARY_VALUE = 3;

	/**
	 * The '<em><b>DRIVE ACTIVITIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DRIVE_ACTIVITIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DRIVE_ACTIVITIES_VALUE = 4;

	/**
	 * The '<em><b>FUNDING SOURCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNDING_SOURCES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FUNDING_SOURCES_VALUE = 5;

	/**
	 * The '<em><b>PARTNER ORGANIZATIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER_ORGANIZATIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTNER_ORGANIZATIONS_VALUE = 6;

	/**
	 * The '<em><b>LEARNING RESOURCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARNING_RESOURCES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEARNING_RESOURCES_VALUE = 7;

	/**
	 * The '<em><b>RESOURCE PERSONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESOURCE_PERSONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESOURCE_PERSONS_VALUE = 8;

	/**
	 * The '<em><b>MOUS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOUS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MOUS_VALUE = 9;

	/**
	 * The '<em><b>COMMITTEES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMITTEES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMITTEES_VALUE = 10;

	/**
	 * The '<em><b>RECOGNITIONS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECOGNITIONS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RECOGNITIONS_VALUE = 11;

	/**
	 * The '<em><b>MONITORING INSTRUMENTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MONITORING_INSTRUMENTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MONITORING_INSTRUMENTS_VALUE = 12;

	/**
	 * The '<em><b>REPORTING AGENCIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTING_AGENCIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPORTING_AGENCIES_VALUE = 13;

	/**
	 * The '<em><b>PARTICIPATION CHANNELS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTICIPATION_CHANNELS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTICIPATION_CHANNELS_VALUE = 14;

	/**
	 * The '<em><b>REPORTING SCHEDULES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REPORTING_SCHEDULES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPORTING_SCHEDULES_VALUE = 15;

	/**
	 * An array of all the '<em><b>Model Table</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ModelTable[] VALUES_ARRAY =
		new ModelTable[] {
			SWOT,
			CORE_VALUES,
			PROJECTS,
			BUDGET_SUMMARY,
			DRIVE_ACTIVITIES,
			FUNDING_SOURCES,
			PARTNER_ORGANIZATIONS,
			LEARNING_RESOURCES,
			RESOURCE_PERSONS,
			MOUS,
			COMMITTEES,
			RECOGNITIONS,
			MONITORING_INSTRUMENTS,
			REPORTING_AGENCIES,
			PARTICIPATION_CHANNELS,
			REPORTING_SCHEDULES,
		};

	/**
	 * A public read-only list of all the '<em><b>Model Table</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ModelTable> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Model Table</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ModelTable get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ModelTable result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Model Table</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ModelTable getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ModelTable result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Model Table</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ModelTable get(int value) {
		switch (value) {
			case SWOT_VALUE: return SWOT;
			case CORE_VALUES_VALUE: return CORE_VALUES;
			case PROJECTS_VALUE: return PROJECTS;
			case BUDGET_SUMMARY_VALUE: return BUDGET_SUMMARY;
			case DRIVE_ACTIVITIES_VALUE: return DRIVE_ACTIVITIES;
			case FUNDING_SOURCES_VALUE: return FUNDING_SOURCES;
			case PARTNER_ORGANIZATIONS_VALUE: return PARTNER_ORGANIZATIONS;
			case LEARNING_RESOURCES_VALUE: return LEARNING_RESOURCES;
			case RESOURCE_PERSONS_VALUE: return RESOURCE_PERSONS;
			case MOUS_VALUE: return MOUS;
			case COMMITTEES_VALUE: return COMMITTEES;
			case RECOGNITIONS_VALUE: return RECOGNITIONS;
			case MONITORING_INSTRUMENTS_VALUE: return MONITORING_INSTRUMENTS;
			case REPORTING_AGENCIES_VALUE: return REPORTING_AGENCIES;
			case PARTICIPATION_CHANNELS_VALUE: return PARTICIPATION_CHANNELS;
			case REPORTING_SCHEDULES_VALUE: return REPORTING_SCHEDULES;
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
	private ModelTable(int value, String name, String literal) {
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
	
} //ModelTable
