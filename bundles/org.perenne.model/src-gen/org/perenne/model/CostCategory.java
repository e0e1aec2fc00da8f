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
 * A representation of the literals of the enumeration '<em><b>Cost Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.perenne.model.PerennePackage#getCostCategory()
 * @model
 * @generated
 */
public enum CostCategory implements Enumerator {
	/**
	 * The '<em><b>RENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RENT_VALUE
	 * @generated
	 * @ordered
	 */
	RENT(0, "RENT", "RENT"),

	/**
	 * The '<em><b>ENERGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY_VALUE
	 * @generated
	 * @ordered
	 */
	ENERGY(1, "ENERGY", "ENERGY"),

	/**
	 * The '<em><b>INSURANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSURANCE_VALUE
	 * @generated
	 * @ordered
	 */
	INSURANCE(2, "INSURANCE", "INSURANCE"),

	/**
	 * The '<em><b>TELECOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TELECOM_VALUE
	 * @generated
	 * @ordered
	 */
	TELECOM(3, "TELECOM", "TELECOM"),

	/**
	 * The '<em><b>MAINTENANCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAINTENANCE_VALUE
	 * @generated
	 * @ordered
	 */
	MAINTENANCE(4, "MAINTENANCE", "MAINTENANCE"),

	/**
	 * The '<em><b>COMMUNICATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNICATION_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNICATION(5, "COMMUNICATION", "COMMUNICATION"),

	/**
	 * The '<em><b>ACCOUNTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOUNTING_VALUE
	 * @generated
	 * @ordered
	 */
	ACCOUNTING(6, "ACCOUNTING", "ACCOUNTING"),

	/**
	 * The '<em><b>CONSUMABLES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSUMABLES_VALUE
	 * @generated
	 * @ordered
	 */
	CONSUMABLES(7, "CONSUMABLES", "CONSUMABLES"),

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
	 * The '<em><b>RENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RENT_VALUE = 0;

	/**
	 * The '<em><b>ENERGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENERGY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENERGY_VALUE = 1;

	/**
	 * The '<em><b>INSURANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSURANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSURANCE_VALUE = 2;

	/**
	 * The '<em><b>TELECOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TELECOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TELECOM_VALUE = 3;

	/**
	 * The '<em><b>MAINTENANCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MAINTENANCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MAINTENANCE_VALUE = 4;

	/**
	 * The '<em><b>COMMUNICATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNICATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNICATION_VALUE = 5;

	/**
	 * The '<em><b>ACCOUNTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCOUNTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ACCOUNTING_VALUE = 6;

	/**
	 * The '<em><b>CONSUMABLES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSUMABLES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSUMABLES_VALUE = 7;

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
	 * An array of all the '<em><b>Cost Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CostCategory[] VALUES_ARRAY =
		new CostCategory[] {
			RENT,
			ENERGY,
			INSURANCE,
			TELECOM,
			MAINTENANCE,
			COMMUNICATION,
			ACCOUNTING,
			CONSUMABLES,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Cost Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CostCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Cost Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CostCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CostCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cost Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CostCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CostCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Cost Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CostCategory get(int value) {
		switch (value) {
			case RENT_VALUE: return RENT;
			case ENERGY_VALUE: return ENERGY;
			case INSURANCE_VALUE: return INSURANCE;
			case TELECOM_VALUE: return TELECOM;
			case MAINTENANCE_VALUE: return MAINTENANCE;
			case COMMUNICATION_VALUE: return COMMUNICATION;
			case ACCOUNTING_VALUE: return ACCOUNTING;
			case CONSUMABLES_VALUE: return CONSUMABLES;
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
	private CostCategory(int value, String name, String literal) {
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
	
} //CostCategory
