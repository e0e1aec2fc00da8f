/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Room</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Room#getAreaM2 <em>Area M2</em>}</li>
 *   <li>{@link org.perenne.model.Room#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link org.perenne.model.Room#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.Room#getAllowedFunctions <em>Allowed Functions</em>}</li>
 *   <li>{@link org.perenne.model.Room#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.perenne.model.Room#getOpeningHours <em>Opening Hours</em>}</li>
 *   <li>{@link org.perenne.model.Room#isAccessible <em>Accessible</em>}</li>
 *   <li>{@link org.perenne.model.Room#isPublicAccess <em>Public Access</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getRoom()
 * @model
 * @generated
 */
public interface Room extends Element {
	/**
	 * Returns the value of the '<em><b>Area M2</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area M2</em>' attribute.
	 * @see #setAreaM2(double)
	 * @see org.perenne.model.PerennePackage#getRoom_AreaM2()
	 * @model
	 * @generated
	 */
	double getAreaM2();

	/**
	 * Sets the value of the '{@link org.perenne.model.Room#getAreaM2 <em>Area M2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area M2</em>' attribute.
	 * @see #getAreaM2()
	 * @generated
	 */
	void setAreaM2(double value);

	/**
	 * Returns the value of the '<em><b>Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seats or desks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity</em>' attribute.
	 * @see #setCapacity(int)
	 * @see org.perenne.model.PerennePackage#getRoom_Capacity()
	 * @model
	 * @generated
	 */
	int getCapacity();

	/**
	 * Sets the value of the '{@link org.perenne.model.Room#getCapacity <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity</em>' attribute.
	 * @see #getCapacity()
	 * @generated
	 */
	void setCapacity(int value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.RoomFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.RoomFunction
	 * @see #setKind(RoomFunction)
	 * @see org.perenne.model.PerennePackage#getRoom_Kind()
	 * @model
	 * @generated
	 */
	RoomFunction getKind();

	/**
	 * Sets the value of the '{@link org.perenne.model.Room#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.RoomFunction
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RoomFunction value);

	/**
	 * Returns the value of the '<em><b>Allowed Functions</b></em>' attribute list.
	 * The list contents are of type {@link org.perenne.model.RoomFunction}.
	 * The literals are from the enumeration {@link org.perenne.model.RoomFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Allowed Functions</em>' attribute list.
	 * @see org.perenne.model.RoomFunction
	 * @see org.perenne.model.PerennePackage#getRoom_AllowedFunctions()
	 * @model
	 * @generated
	 */
	EList<RoomFunction> getAllowedFunctions();

	/**
	 * Returns the value of the '<em><b>Equipment</b></em>' attribute list.
	 * The list contents are of type {@link org.perenne.model.Equipment}.
	 * The literals are from the enumeration {@link org.perenne.model.Equipment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Equipment</em>' attribute list.
	 * @see org.perenne.model.Equipment
	 * @see org.perenne.model.PerennePackage#getRoom_Equipment()
	 * @model
	 * @generated
	 */
	EList<Equipment> getEquipment();

	/**
	 * Returns the value of the '<em><b>Opening Hours</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.OpeningSlot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opening Hours</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getRoom_OpeningHours()
	 * @model containment="true"
	 * @generated
	 */
	EList<OpeningSlot> getOpeningHours();

	/**
	 * Returns the value of the '<em><b>Accessible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Accessible to people with reduced mobility.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Accessible</em>' attribute.
	 * @see #setAccessible(boolean)
	 * @see org.perenne.model.PerennePackage#getRoom_Accessible()
	 * @model
	 * @generated
	 */
	boolean isAccessible();

	/**
	 * Sets the value of the '{@link org.perenne.model.Room#isAccessible <em>Accessible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accessible</em>' attribute.
	 * @see #isAccessible()
	 * @generated
	 */
	void setAccessible(boolean value);

	/**
	 * Returns the value of the '<em><b>Public Access</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Open to the public during its opening hours (counts as public hours).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Public Access</em>' attribute.
	 * @see #setPublicAccess(boolean)
	 * @see org.perenne.model.PerennePackage#getRoom_PublicAccess()
	 * @model
	 * @generated
	 */
	boolean isPublicAccess();

	/**
	 * Sets the value of the '{@link org.perenne.model.Room#isPublicAccess <em>Public Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Public Access</em>' attribute.
	 * @see #isPublicAccess()
	 * @generated
	 */
	void setPublicAccess(boolean value);

} // Room
