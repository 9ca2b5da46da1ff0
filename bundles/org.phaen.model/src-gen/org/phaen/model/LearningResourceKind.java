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
 * A representation of the literals of the enumeration '<em><b>Learning Resource Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getLearningResourceKind()
 * @model
 * @generated
 */
public enum LearningResourceKind implements Enumerator {
	/**
	 * The '<em><b>MUSEUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUSEUM_VALUE
	 * @generated
	 * @ordered
	 */
	MUSEUM(0, "MUSEUM", "MUSEUM"),

	/**
	 * The '<em><b>LIBRARY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBRARY_VALUE
	 * @generated
	 * @ordered
	 */
	LIBRARY(1, "LIBRARY", "LIBRARY"),

	/**
	 * The '<em><b>HISTORICAL SITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HISTORICAL_SITE_VALUE
	 * @generated
	 * @ordered
	 */
	HISTORICAL_SITE(2, "HISTORICAL_SITE", "HISTORICAL_SITE"),

	/**
	 * The '<em><b>NATURAL SITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATURAL_SITE_VALUE
	 * @generated
	 * @ordered
	 */
	NATURAL_SITE(3, "NATURAL_SITE", "NATURAL_SITE"),

	/**
	 * The '<em><b>COMMUNITY LEARNING CENTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_LEARNING_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY_LEARNING_CENTRE(4, "COMMUNITY_LEARNING_CENTRE", "COMMUNITY_LEARNING_CENTRE"),

	/**
	 * The '<em><b>RELIGIOUS SITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELIGIOUS_SITE_VALUE
	 * @generated
	 * @ordered
	 */
	RELIGIOUS_SITE(5, "RELIGIOUS_SITE", "RELIGIOUS_SITE"),

	/**
	 * The '<em><b>LOCAL WISDOM SITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_WISDOM_SITE_VALUE
	 * @generated
	 * @ordered
	 */
	LOCAL_WISDOM_SITE(6, "LOCAL_WISDOM_SITE", "LOCAL_WISDOM_SITE"),

	/**
	 * The '<em><b>SCIENCE CENTRE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCIENCE_CENTRE_VALUE
	 * @generated
	 * @ordered
	 */
	SCIENCE_CENTRE(7, "SCIENCE_CENTRE", "SCIENCE_CENTRE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(8, "OTHER", "OTHER");

	/**
	 * The '<em><b>MUSEUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MUSEUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MUSEUM_VALUE = 0;

	/**
	 * The '<em><b>LIBRARY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LIBRARY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LIBRARY_VALUE = 1;

	/**
	 * The '<em><b>HISTORICAL SITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HISTORICAL_SITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HISTORICAL_SITE_VALUE = 2;

	/**
	 * The '<em><b>NATURAL SITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATURAL_SITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NATURAL_SITE_VALUE = 3;

	/**
	 * The '<em><b>COMMUNITY LEARNING CENTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_LEARNING_CENTRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_LEARNING_CENTRE_VALUE = 4;

	/**
	 * The '<em><b>RELIGIOUS SITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELIGIOUS_SITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RELIGIOUS_SITE_VALUE = 5;

	/**
	 * The '<em><b>LOCAL WISDOM SITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOCAL_WISDOM_SITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOCAL_WISDOM_SITE_VALUE = 6;

	/**
	 * The '<em><b>SCIENCE CENTRE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCIENCE_CENTRE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SCIENCE_CENTRE_VALUE = 7;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 8;

	/**
	 * An array of all the '<em><b>Learning Resource Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LearningResourceKind[] VALUES_ARRAY =
		new LearningResourceKind[] {
			MUSEUM,
			LIBRARY,
			HISTORICAL_SITE,
			NATURAL_SITE,
			COMMUNITY_LEARNING_CENTRE,
			RELIGIOUS_SITE,
			LOCAL_WISDOM_SITE,
			SCIENCE_CENTRE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Learning Resource Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LearningResourceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Learning Resource Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningResourceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LearningResourceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Learning Resource Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningResourceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LearningResourceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Learning Resource Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LearningResourceKind get(int value) {
		switch (value) {
			case MUSEUM_VALUE: return MUSEUM;
			case LIBRARY_VALUE: return LIBRARY;
			case HISTORICAL_SITE_VALUE: return HISTORICAL_SITE;
			case NATURAL_SITE_VALUE: return NATURAL_SITE;
			case COMMUNITY_LEARNING_CENTRE_VALUE: return COMMUNITY_LEARNING_CENTRE;
			case RELIGIOUS_SITE_VALUE: return RELIGIOUS_SITE;
			case LOCAL_WISDOM_SITE_VALUE: return LOCAL_WISDOM_SITE;
			case SCIENCE_CENTRE_VALUE: return SCIENCE_CENTRE;
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
	private LearningResourceKind(int value, String name, String literal) {
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
	
} //LearningResourceKind
