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
 * A representation of the literals of the enumeration '<em><b>Room Function</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a room is used for. Open coworking and private office rooms provide the desks members use.
 * <!-- end-model-doc -->
 * @see org.perenne.model.PerennePackage#getRoomFunction()
 * @model
 * @generated
 */
public enum RoomFunction implements Enumerator {
	/**
	 * The '<em><b>OPEN COWORKING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_COWORKING_VALUE
	 * @generated
	 * @ordered
	 */
	OPEN_COWORKING(0, "OPEN_COWORKING", "OPEN_COWORKING"),

	/**
	 * The '<em><b>PRIVATE OFFICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_OFFICE_VALUE
	 * @generated
	 * @ordered
	 */
	PRIVATE_OFFICE(1, "PRIVATE_OFFICE", "PRIVATE_OFFICE"),

	/**
	 * The '<em><b>MEETING ROOM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEETING_ROOM_VALUE
	 * @generated
	 * @ordered
	 */
	MEETING_ROOM(2, "MEETING_ROOM", "MEETING_ROOM"),

	/**
	 * The '<em><b>WORKSHOP FABLAB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHOP_FABLAB_VALUE
	 * @generated
	 * @ordered
	 */
	WORKSHOP_FABLAB(3, "WORKSHOP_FABLAB", "WORKSHOP_FABLAB"),

	/**
	 * The '<em><b>EVENT HALL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENT_HALL_VALUE
	 * @generated
	 * @ordered
	 */
	EVENT_HALL(4, "EVENT_HALL", "EVENT_HALL"),

	/**
	 * The '<em><b>EPN TRAINING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPN_TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	EPN_TRAINING(5, "EPN_TRAINING", "EPN_TRAINING"),

	/**
	 * The '<em><b>CAFE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAFE_VALUE
	 * @generated
	 * @ordered
	 */
	CAFE(6, "CAFE", "CAFE"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(7, "OTHER", "OTHER");

	/**
	 * The '<em><b>OPEN COWORKING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OPEN_COWORKING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OPEN_COWORKING_VALUE = 0;

	/**
	 * The '<em><b>PRIVATE OFFICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIVATE_OFFICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRIVATE_OFFICE_VALUE = 1;

	/**
	 * The '<em><b>MEETING ROOM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEETING_ROOM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEETING_ROOM_VALUE = 2;

	/**
	 * The '<em><b>WORKSHOP FABLAB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSHOP_FABLAB
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WORKSHOP_FABLAB_VALUE = 3;

	/**
	 * The '<em><b>EVENT HALL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EVENT_HALL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EVENT_HALL_VALUE = 4;

	/**
	 * The '<em><b>EPN TRAINING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EPN_TRAINING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EPN_TRAINING_VALUE = 5;

	/**
	 * The '<em><b>CAFE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CAFE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CAFE_VALUE = 6;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Room Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoomFunction[] VALUES_ARRAY =
		new RoomFunction[] {
			OPEN_COWORKING,
			PRIVATE_OFFICE,
			MEETING_ROOM,
			WORKSHOP_FABLAB,
			EVENT_HALL,
			EPN_TRAINING,
			CAFE,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Room Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoomFunction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Room Function</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoomFunction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoomFunction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Room Function</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoomFunction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoomFunction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Room Function</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoomFunction get(int value) {
		switch (value) {
			case OPEN_COWORKING_VALUE: return OPEN_COWORKING;
			case PRIVATE_OFFICE_VALUE: return PRIVATE_OFFICE;
			case MEETING_ROOM_VALUE: return MEETING_ROOM;
			case WORKSHOP_FABLAB_VALUE: return WORKSHOP_FABLAB;
			case EVENT_HALL_VALUE: return EVENT_HALL;
			case EPN_TRAINING_VALUE: return EPN_TRAINING;
			case CAFE_VALUE: return CAFE;
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
	private RoomFunction(int value, String name, String literal) {
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
	
} //RoomFunction
