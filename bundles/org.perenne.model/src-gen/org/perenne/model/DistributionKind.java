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
 * A representation of the literals of the enumeration '<em><b>Distribution Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.perenne.model.PerennePackage#getDistributionKind()
 * @model
 * @generated
 */
public enum DistributionKind implements Enumerator {
	/**
	 * The '<em><b>FIXED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED_VALUE
	 * @generated
	 * @ordered
	 */
	FIXED(0, "FIXED", "FIXED"),

	/**
	 * The '<em><b>UNIFORM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIFORM_VALUE
	 * @generated
	 * @ordered
	 */
	UNIFORM(1, "UNIFORM", "UNIFORM"),

	/**
	 * The '<em><b>TRIANGULAR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRIANGULAR_VALUE
	 * @generated
	 * @ordered
	 */
	TRIANGULAR(2, "TRIANGULAR", "TRIANGULAR"),

	/**
	 * The '<em><b>PERT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERT_VALUE
	 * @generated
	 * @ordered
	 */
	PERT(3, "PERT", "PERT"),

	/**
	 * The '<em><b>TRUNCATED NORMAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUNCATED_NORMAL_VALUE
	 * @generated
	 * @ordered
	 */
	TRUNCATED_NORMAL(4, "TRUNCATED_NORMAL", "TRUNCATED_NORMAL"),

	/**
	 * The '<em><b>BERNOULLI</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BERNOULLI_VALUE
	 * @generated
	 * @ordered
	 */
	BERNOULLI(5, "BERNOULLI", "BERNOULLI"),

	/**
	 * The '<em><b>DISCRETE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCRETE_VALUE
	 * @generated
	 * @ordered
	 */
	DISCRETE(6, "DISCRETE", "DISCRETE"), /**
	 * The '<em><b>GROUP ESTIMATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUP_ESTIMATE_VALUE
	 * @generated
	 * @ordered
	 */
	GROUP_ESTIMATE(7, "GROUP_ESTIMATE", "GROUP_ESTIMATE");

	/**
	 * The '<em><b>FIXED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIXED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIXED_VALUE = 0;

	/**
	 * The '<em><b>UNIFORM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UNIFORM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNIFORM_VALUE = 1;

	/**
	 * The '<em><b>TRIANGULAR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRIANGULAR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRIANGULAR_VALUE = 2;

	/**
	 * The '<em><b>PERT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PERT_VALUE = 3;

	/**
	 * The '<em><b>TRUNCATED NORMAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRUNCATED_NORMAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TRUNCATED_NORMAL_VALUE = 4;

	/**
	 * The '<em><b>BERNOULLI</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BERNOULLI
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BERNOULLI_VALUE = 5;

	/**
	 * The '<em><b>DISCRETE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DISCRETE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DISCRETE_VALUE = 6;

	/**
	 * The '<em><b>GROUP ESTIMATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GROUP_ESTIMATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int GROUP_ESTIMATE_VALUE = 7;

	/**
	 * An array of all the '<em><b>Distribution Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final DistributionKind[] VALUES_ARRAY =
		new DistributionKind[] {
			FIXED,
			UNIFORM,
			TRIANGULAR,
			PERT,
			TRUNCATED_NORMAL,
			BERNOULLI,
			DISCRETE,
			GROUP_ESTIMATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Distribution Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<DistributionKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Distribution Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DistributionKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DistributionKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Distribution Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DistributionKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			DistributionKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Distribution Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static DistributionKind get(int value) {
		switch (value) {
			case FIXED_VALUE: return FIXED;
			case UNIFORM_VALUE: return UNIFORM;
			case TRIANGULAR_VALUE: return TRIANGULAR;
			case PERT_VALUE: return PERT;
			case TRUNCATED_NORMAL_VALUE: return TRUNCATED_NORMAL;
			case BERNOULLI_VALUE: return BERNOULLI;
			case DISCRETE_VALUE: return DISCRETE;
			case GROUP_ESTIMATE_VALUE: return GROUP_ESTIMATE;
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
	private DistributionKind(int value, String name, String literal) {
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
	
} //DistributionKind
