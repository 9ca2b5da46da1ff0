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
 * A representation of the literals of the enumeration '<em><b>Channel Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.phaen.model.PhaenPackage#getChannelKind()
 * @model
 * @generated
 */
public enum ChannelKind implements Enumerator {
	/**
	 * The '<em><b>WEBSITE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBSITE_VALUE
	 * @generated
	 * @ordered
	 */
	WEBSITE(0, "WEBSITE", "WEBSITE"),

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_MEDIA(1, "SOCIAL_MEDIA", "SOCIAL_MEDIA"),

	/**
	 * The '<em><b>LINE OFFICIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINE_OFFICIAL_VALUE
	 * @generated
	 * @ordered
	 */
	LINE_OFFICIAL(2, "LINE_OFFICIAL", "LINE_OFFICIAL"),

	/**
	 * The '<em><b>HOTLINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOTLINE_VALUE
	 * @generated
	 * @ordered
	 */
	HOTLINE(3, "HOTLINE", "HOTLINE"),

	/**
	 * The '<em><b>PUBLIC HEARING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_HEARING_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_HEARING(4, "PUBLIC_HEARING", "PUBLIC_HEARING"),

	/**
	 * The '<em><b>SURVEY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY_VALUE
	 * @generated
	 * @ordered
	 */
	SURVEY(5, "SURVEY", "SURVEY"),

	/**
	 * The '<em><b>COMPLAINT BOX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLAINT_BOX_VALUE
	 * @generated
	 * @ordered
	 */
	COMPLAINT_BOX(6, "COMPLAINT_BOX", "COMPLAINT_BOX"),

	/**
	 * The '<em><b>CITIZEN FORUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITIZEN_FORUM_VALUE
	 * @generated
	 * @ordered
	 */
	CITIZEN_FORUM(7, "CITIZEN_FORUM", "CITIZEN_FORUM"),

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
	 * The '<em><b>WEBSITE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WEBSITE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEBSITE_VALUE = 0;

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MEDIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_MEDIA_VALUE = 1;

	/**
	 * The '<em><b>LINE OFFICIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINE_OFFICIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LINE_OFFICIAL_VALUE = 2;

	/**
	 * The '<em><b>HOTLINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOTLINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOTLINE_VALUE = 3;

	/**
	 * The '<em><b>PUBLIC HEARING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_HEARING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_HEARING_VALUE = 4;

	/**
	 * The '<em><b>SURVEY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SURVEY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SURVEY_VALUE = 5;

	/**
	 * The '<em><b>COMPLAINT BOX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPLAINT_BOX
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPLAINT_BOX_VALUE = 6;

	/**
	 * The '<em><b>CITIZEN FORUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CITIZEN_FORUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CITIZEN_FORUM_VALUE = 7;

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
	 * An array of all the '<em><b>Channel Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ChannelKind[] VALUES_ARRAY =
		new ChannelKind[] {
			WEBSITE,
			SOCIAL_MEDIA,
			LINE_OFFICIAL,
			HOTLINE,
			PUBLIC_HEARING,
			SURVEY,
			COMPLAINT_BOX,
			CITIZEN_FORUM,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Channel Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ChannelKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Channel Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ChannelKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Channel Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ChannelKind get(int value) {
		switch (value) {
			case WEBSITE_VALUE: return WEBSITE;
			case SOCIAL_MEDIA_VALUE: return SOCIAL_MEDIA;
			case LINE_OFFICIAL_VALUE: return LINE_OFFICIAL;
			case HOTLINE_VALUE: return HOTLINE;
			case PUBLIC_HEARING_VALUE: return PUBLIC_HEARING;
			case SURVEY_VALUE: return SURVEY;
			case COMPLAINT_BOX_VALUE: return COMPLAINT_BOX;
			case CITIZEN_FORUM_VALUE: return CITIZEN_FORUM;
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
	private ChannelKind(int value, String name, String literal) {
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
	
} //ChannelKind
