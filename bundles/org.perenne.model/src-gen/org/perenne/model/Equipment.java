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
 * A representation of the literals of the enumeration '<em><b>Equipment</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.perenne.model.PerennePackage#getEquipment()
 * @model
 * @generated
 */
public enum Equipment implements Enumerator {
	/**
	 * The '<em><b>PROJECTOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECTOR_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECTOR(0, "PROJECTOR", "PROJECTOR"),

	/**
	 * The '<em><b>VIDEOCONFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEOCONFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	VIDEOCONFERENCE(1, "VIDEOCONFERENCE", "VIDEOCONFERENCE"),

	/**
	 * The '<em><b>WHITEBOARD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHITEBOARD_VALUE
	 * @generated
	 * @ordered
	 */
	WHITEBOARD(2, "WHITEBOARD", "WHITEBOARD"),

	/**
	 * The '<em><b>COMPUTERS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPUTERS_VALUE
	 * @generated
	 * @ordered
	 */
	COMPUTERS(3, "COMPUTERS", "COMPUTERS"),

	/**
	 * The '<em><b>PRINTER 3D</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRINTER_3D_VALUE
	 * @generated
	 * @ordered
	 */
	PRINTER_3D(4, "PRINTER_3D", "PRINTER_3D"),

	/**
	 * The '<em><b>LASER CUTTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LASER_CUTTER_VALUE
	 * @generated
	 * @ordered
	 */
	LASER_CUTTER(5, "LASER_CUTTER", "LASER_CUTTER"),

	/**
	 * The '<em><b>CNC MACHINE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CNC_MACHINE_VALUE
	 * @generated
	 * @ordered
	 */
	CNC_MACHINE(6, "CNC_MACHINE", "CNC_MACHINE"),

	/**
	 * The '<em><b>ELECTRONICS BENCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTRONICS_BENCH_VALUE
	 * @generated
	 * @ordered
	 */
	ELECTRONICS_BENCH(7, "ELECTRONICS_BENCH", "ELECTRONICS_BENCH"),

	/**
	 * The '<em><b>SEWING MACHINES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEWING_MACHINES_VALUE
	 * @generated
	 * @ordered
	 */
	SEWING_MACHINES(8, "SEWING_MACHINES", "SEWING_MACHINES"),

	/**
	 * The '<em><b>KITCHEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KITCHEN_VALUE
	 * @generated
	 * @ordered
	 */
	KITCHEN(9, "KITCHEN", "KITCHEN"),

	/**
	 * The '<em><b>SOUND SYSTEM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOUND_SYSTEM_VALUE
	 * @generated
	 * @ordered
	 */
	SOUND_SYSTEM(10, "SOUND_SYSTEM", "SOUND_SYSTEM"),

	/**
	 * The '<em><b>STAGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAGE_VALUE
	 * @generated
	 * @ordered
	 */
	STAGE(11, "STAGE", "STAGE");

	/**
	 * The '<em><b>PROJECTOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECTOR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROJECTOR_VALUE = 0;

	/**
	 * The '<em><b>VIDEOCONFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VIDEOCONFERENCE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VIDEOCONFERENCE_VALUE = 1;

	/**
	 * The '<em><b>WHITEBOARD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WHITEBOARD
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WHITEBOARD_VALUE = 2;

	/**
	 * The '<em><b>COMPUTERS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMPUTERS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMPUTERS_VALUE = 3;

	/**
	 * The '<em><b>PRINTER 3D</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRINTER_3D
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRINTER_3D_VALUE = 4;

	/**
	 * The '<em><b>LASER CUTTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LASER_CUTTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LASER_CUTTER_VALUE = 5;

	/**
	 * The '<em><b>CNC MACHINE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CNC_MACHINE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CNC_MACHINE_VALUE = 6;

	/**
	 * The '<em><b>ELECTRONICS BENCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ELECTRONICS_BENCH
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ELECTRONICS_BENCH_VALUE = 7;

	/**
	 * The '<em><b>SEWING MACHINES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SEWING_MACHINES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SEWING_MACHINES_VALUE = 8;

	/**
	 * The '<em><b>KITCHEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KITCHEN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int KITCHEN_VALUE = 9;

	/**
	 * The '<em><b>SOUND SYSTEM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOUND_SYSTEM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOUND_SYSTEM_VALUE = 10;

	/**
	 * The '<em><b>STAGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAGE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int STAGE_VALUE = 11;

	/**
	 * An array of all the '<em><b>Equipment</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Equipment[] VALUES_ARRAY =
		new Equipment[] {
			PROJECTOR,
			VIDEOCONFERENCE,
			WHITEBOARD,
			COMPUTERS,
			PRINTER_3D,
			LASER_CUTTER,
			CNC_MACHINE,
			ELECTRONICS_BENCH,
			SEWING_MACHINES,
			KITCHEN,
			SOUND_SYSTEM,
			STAGE,
		};

	/**
	 * A public read-only list of all the '<em><b>Equipment</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Equipment> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Equipment</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Equipment get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Equipment result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Equipment</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Equipment getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Equipment result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Equipment</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Equipment get(int value) {
		switch (value) {
			case PROJECTOR_VALUE: return PROJECTOR;
			case VIDEOCONFERENCE_VALUE: return VIDEOCONFERENCE;
			case WHITEBOARD_VALUE: return WHITEBOARD;
			case COMPUTERS_VALUE: return COMPUTERS;
			case PRINTER_3D_VALUE: return PRINTER_3D;
			case LASER_CUTTER_VALUE: return LASER_CUTTER;
			case CNC_MACHINE_VALUE: return CNC_MACHINE;
			case ELECTRONICS_BENCH_VALUE: return ELECTRONICS_BENCH;
			case SEWING_MACHINES_VALUE: return SEWING_MACHINES;
			case KITCHEN_VALUE: return KITCHEN;
			case SOUND_SYSTEM_VALUE: return SOUND_SYSTEM;
			case STAGE_VALUE: return STAGE;
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
	private Equipment(int value, String name, String literal) {
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
	
} //Equipment
