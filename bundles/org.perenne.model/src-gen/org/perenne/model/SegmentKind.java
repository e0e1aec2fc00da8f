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
 * A representation of the literals of the enumeration '<em><b>Segment Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.perenne.model.PerennePackage#getSegmentKind()
 * @model
 * @generated
 */
public enum SegmentKind implements Enumerator {
	/**
	 * The '<em><b>RESIDENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENT_VALUE
	 * @generated
	 * @ordered
	 */
	RESIDENT(0, "RESIDENT", "RESIDENT"),

	/**
	 * The '<em><b>NOMAD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOMAD_VALUE
	 * @generated
	 * @ordered
	 */
	NOMAD(1, "NOMAD", "NOMAD"),

	/**
	 * The '<em><b>DROP IN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DROP_IN_VALUE
	 * @generated
	 * @ordered
	 */
	DROP_IN(2, "DROP_IN", "DROP_IN"),

	/**
	 * The '<em><b>HOSTED ASSOCIATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTED_ASSOCIATION_VALUE
	 * @generated
	 * @ordered
	 */
	HOSTED_ASSOCIATION(3, "HOSTED_ASSOCIATION", "HOSTED_ASSOCIATION"),

	/**
	 * The '<em><b>PUBLIC USER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_USER_VALUE
	 * @generated
	 * @ordered
	 */
	PUBLIC_USER(4, "PUBLIC_USER", "PUBLIC_USER"),

	/**
	 * The '<em><b>JOB SEEKER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOB_SEEKER_VALUE
	 * @generated
	 * @ordered
	 */
	JOB_SEEKER(5, "JOB_SEEKER", "JOB_SEEKER"),

	/**
	 * The '<em><b>SENIOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR_VALUE
	 * @generated
	 * @ordered
	 */
	SENIOR(6, "SENIOR", "SENIOR"),

	/**
	 * The '<em><b>COMPANY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY_VALUE
	 * @generated
	 * @ordered
	 */
	COMPANY(7, "COMPANY", "COMPANY"),

	/**
	 * The '<em><b>STUDENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDENT_VALUE
	 * @generated
	 * @ordered
	 */
	STUDENT(8, "STUDENT", "STUDENT"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

	/**
	 * The '<em><b>RESIDENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESIDENT_VALUE = 0;

	/**
	 * The '<em><b>NOMAD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOMAD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOMAD_VALUE = 1;

	/**
	 * The '<em><b>DROP IN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DROP_IN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DROP_IN_VALUE = 2;

	/**
	 * The '<em><b>HOSTED ASSOCIATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOSTED_ASSOCIATION
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HOSTED_ASSOCIATION_VALUE = 3;

	/**
	 * The '<em><b>PUBLIC USER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PUBLIC_USER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PUBLIC_USER_VALUE = 4;

	/**
	 * The '<em><b>JOB SEEKER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOB_SEEKER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int JOB_SEEKER_VALUE = 5;

	/**
	 * The '<em><b>SENIOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENIOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SENIOR_VALUE = 6;

	/**
	 * The '<em><b>COMPANY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPANY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPANY_VALUE = 7;

	/**
	 * The '<em><b>STUDENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STUDENT_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Segment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SegmentKind[] VALUES_ARRAY =
		new SegmentKind[] {
			RESIDENT,
			NOMAD,
			DROP_IN,
			HOSTED_ASSOCIATION,
			PUBLIC_USER,
			JOB_SEEKER,
			SENIOR,
			COMPANY,
			STUDENT,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Segment Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SegmentKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Segment Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SegmentKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Segment Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SegmentKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Segment Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SegmentKind get(int value) {
		switch (value) {
			case RESIDENT_VALUE: return RESIDENT;
			case NOMAD_VALUE: return NOMAD;
			case DROP_IN_VALUE: return DROP_IN;
			case HOSTED_ASSOCIATION_VALUE: return HOSTED_ASSOCIATION;
			case PUBLIC_USER_VALUE: return PUBLIC_USER;
			case JOB_SEEKER_VALUE: return JOB_SEEKER;
			case SENIOR_VALUE: return SENIOR;
			case COMPANY_VALUE: return COMPANY;
			case STUDENT_VALUE: return STUDENT;
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
	private SegmentKind(int value, String name, String literal) {
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
	
} //SegmentKind
