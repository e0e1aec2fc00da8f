/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Impact Metric</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.perenne.model.PerennePackage#getImpactMetric()
 * @model
 * @generated
 */
public enum ImpactMetric implements Enumerator {
	/**
	 * The '<em><b>BENEFICIARIES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENEFICIARIES_VALUE
	 * @generated
	 * @ordered
	 */
	BENEFICIARIES(0, "BENEFICIARIES", "BENEFICIARIES"),

	/**
	 * The '<em><b>PUBLIC OPENING HOURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_OPENING_HOURS_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_OPENING_HOURS(1, "PUBLIC_OPENING_HOURS", "PUBLIC_OPENING_HOURS"),

	/**
	 * The '<em><b>SOLIDARITY SHARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLIDARITY_SHARE_VALUE
	 * @generated
	 * @ordered
	 */
	SOLIDARITY_SHARE(2, "SOLIDARITY_SHARE", "SOLIDARITY_SHARE"),

	/**
	 * The '<em><b>JOBS CREATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOBS_CREATED_VALUE
	 * @generated
	 * @ordered
	 */
	JOBS_CREATED(3, "JOBS_CREATED", "JOBS_CREATED"),

	/**
	 * The '<em><b>VOLUNTEER HOURS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEER_HOURS_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUNTEER_HOURS(4, "VOLUNTEER_HOURS", "VOLUNTEER_HOURS"),

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
	 * The '<em><b>BENEFICIARIES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENEFICIARIES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BENEFICIARIES_VALUE = 0;

	/**
	 * The '<em><b>PUBLIC OPENING HOURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_OPENING_HOURS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_OPENING_HOURS_VALUE = 1;

	/**
	 * The '<em><b>SOLIDARITY SHARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOLIDARITY_SHARE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOLIDARITY_SHARE_VALUE = 2;

	/**
	 * The '<em><b>JOBS CREATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOBS_CREATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOBS_CREATED_VALUE = 3;

	/**
	 * The '<em><b>VOLUNTEER HOURS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUNTEER_HOURS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOLUNTEER_HOURS_VALUE = 4;

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
	 * An array of all the '<em><b>Impact Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ImpactMetric[] VALUES_ARRAY =
		new ImpactMetric[] {
			BENEFICIARIES,
			PUBLIC_OPENING_HOURS,
			SOLIDARITY_SHARE,
			JOBS_CREATED,
			VOLUNTEER_HOURS,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Impact Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ImpactMetric> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Impact Metric</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImpactMetric get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ImpactMetric result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Impact Metric</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImpactMetric getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ImpactMetric result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Impact Metric</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ImpactMetric get(int value) {
		switch (value) {
			case BENEFICIARIES_VALUE: return BENEFICIARIES;
			case PUBLIC_OPENING_HOURS_VALUE: return PUBLIC_OPENING_HOURS;
			case SOLIDARITY_SHARE_VALUE: return SOLIDARITY_SHARE;
			case JOBS_CREATED_VALUE: return JOBS_CREATED;
			case VOLUNTEER_HOURS_VALUE: return VOLUNTEER_HOURS;
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
	private ImpactMetric(int value, String name, String literal) {
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
	
} //ImpactMetric
