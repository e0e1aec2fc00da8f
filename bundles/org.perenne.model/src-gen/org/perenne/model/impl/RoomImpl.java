/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.perenne.model.Equipment;
import org.perenne.model.OpeningSlot;
import org.perenne.model.PerennePackage;
import org.perenne.model.Room;
import org.perenne.model.RoomFunction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Room</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.RoomImpl#getAreaM2 <em>Area M2</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomImpl#getCapacity <em>Capacity</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomImpl#getAllowedFunctions <em>Allowed Functions</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomImpl#getEquipment <em>Equipment</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomImpl#getOpeningHours <em>Opening Hours</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomImpl#isAccessible <em>Accessible</em>}</li>
 *   <li>{@link org.perenne.model.impl.RoomImpl#isPublicAccess <em>Public Access</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoomImpl extends ElementImpl implements Room {
	/**
	 * The default value of the '{@link #getAreaM2() <em>Area M2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaM2()
	 * @generated
	 * @ordered
	 */
	protected static final double AREA_M2_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAreaM2() <em>Area M2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaM2()
	 * @generated
	 * @ordered
	 */
	protected double areaM2 = AREA_M2_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int CAPACITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCapacity() <em>Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacity()
	 * @generated
	 * @ordered
	 */
	protected int capacity = CAPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RoomFunction KIND_EDEFAULT = RoomFunction.OPEN_COWORKING;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RoomFunction kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAllowedFunctions() <em>Allowed Functions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAllowedFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<RoomFunction> allowedFunctions;

	/**
	 * The cached value of the '{@link #getEquipment() <em>Equipment</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEquipment()
	 * @generated
	 * @ordered
	 */
	protected EList<Equipment> equipment;

	/**
	 * The cached value of the '{@link #getOpeningHours() <em>Opening Hours</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpeningHours()
	 * @generated
	 * @ordered
	 */
	protected EList<OpeningSlot> openingHours;

	/**
	 * The default value of the '{@link #isAccessible() <em>Accessible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAccessible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACCESSIBLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAccessible() <em>Accessible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAccessible()
	 * @generated
	 * @ordered
	 */
	protected boolean accessible = ACCESSIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPublicAccess() <em>Public Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPublicAccess()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PUBLIC_ACCESS_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPublicAccess() <em>Public Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPublicAccess()
	 * @generated
	 * @ordered
	 */
	protected boolean publicAccess = PUBLIC_ACCESS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoomImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.ROOM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAreaM2() {
		return areaM2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreaM2(double newAreaM2) {
		double oldAreaM2 = areaM2;
		areaM2 = newAreaM2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM__AREA_M2, oldAreaM2, areaM2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCapacity() {
		return capacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacity(int newCapacity) {
		int oldCapacity = capacity;
		capacity = newCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM__CAPACITY, oldCapacity, capacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoomFunction getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RoomFunction newKind) {
		RoomFunction oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RoomFunction> getAllowedFunctions() {
		if (allowedFunctions == null) {
			allowedFunctions = new EDataTypeUniqueEList<RoomFunction>(RoomFunction.class, this, PerennePackage.ROOM__ALLOWED_FUNCTIONS);
		}
		return allowedFunctions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Equipment> getEquipment() {
		if (equipment == null) {
			equipment = new EDataTypeUniqueEList<Equipment>(Equipment.class, this, PerennePackage.ROOM__EQUIPMENT);
		}
		return equipment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OpeningSlot> getOpeningHours() {
		if (openingHours == null) {
			openingHours = new EObjectContainmentEList<OpeningSlot>(OpeningSlot.class, this, PerennePackage.ROOM__OPENING_HOURS);
		}
		return openingHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAccessible() {
		return accessible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccessible(boolean newAccessible) {
		boolean oldAccessible = accessible;
		accessible = newAccessible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM__ACCESSIBLE, oldAccessible, accessible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPublicAccess() {
		return publicAccess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicAccess(boolean newPublicAccess) {
		boolean oldPublicAccess = publicAccess;
		publicAccess = newPublicAccess;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.ROOM__PUBLIC_ACCESS, oldPublicAccess, publicAccess));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PerennePackage.ROOM__OPENING_HOURS:
				return ((InternalEList<?>)getOpeningHours()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.ROOM__AREA_M2:
				return getAreaM2();
			case PerennePackage.ROOM__CAPACITY:
				return getCapacity();
			case PerennePackage.ROOM__KIND:
				return getKind();
			case PerennePackage.ROOM__ALLOWED_FUNCTIONS:
				return getAllowedFunctions();
			case PerennePackage.ROOM__EQUIPMENT:
				return getEquipment();
			case PerennePackage.ROOM__OPENING_HOURS:
				return getOpeningHours();
			case PerennePackage.ROOM__ACCESSIBLE:
				return isAccessible();
			case PerennePackage.ROOM__PUBLIC_ACCESS:
				return isPublicAccess();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.ROOM__AREA_M2:
				setAreaM2((Double)newValue);
				return;
			case PerennePackage.ROOM__CAPACITY:
				setCapacity((Integer)newValue);
				return;
			case PerennePackage.ROOM__KIND:
				setKind((RoomFunction)newValue);
				return;
			case PerennePackage.ROOM__ALLOWED_FUNCTIONS:
				getAllowedFunctions().clear();
				getAllowedFunctions().addAll((Collection<? extends RoomFunction>)newValue);
				return;
			case PerennePackage.ROOM__EQUIPMENT:
				getEquipment().clear();
				getEquipment().addAll((Collection<? extends Equipment>)newValue);
				return;
			case PerennePackage.ROOM__OPENING_HOURS:
				getOpeningHours().clear();
				getOpeningHours().addAll((Collection<? extends OpeningSlot>)newValue);
				return;
			case PerennePackage.ROOM__ACCESSIBLE:
				setAccessible((Boolean)newValue);
				return;
			case PerennePackage.ROOM__PUBLIC_ACCESS:
				setPublicAccess((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PerennePackage.ROOM__AREA_M2:
				setAreaM2(AREA_M2_EDEFAULT);
				return;
			case PerennePackage.ROOM__CAPACITY:
				setCapacity(CAPACITY_EDEFAULT);
				return;
			case PerennePackage.ROOM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PerennePackage.ROOM__ALLOWED_FUNCTIONS:
				getAllowedFunctions().clear();
				return;
			case PerennePackage.ROOM__EQUIPMENT:
				getEquipment().clear();
				return;
			case PerennePackage.ROOM__OPENING_HOURS:
				getOpeningHours().clear();
				return;
			case PerennePackage.ROOM__ACCESSIBLE:
				setAccessible(ACCESSIBLE_EDEFAULT);
				return;
			case PerennePackage.ROOM__PUBLIC_ACCESS:
				setPublicAccess(PUBLIC_ACCESS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PerennePackage.ROOM__AREA_M2:
				return areaM2 != AREA_M2_EDEFAULT;
			case PerennePackage.ROOM__CAPACITY:
				return capacity != CAPACITY_EDEFAULT;
			case PerennePackage.ROOM__KIND:
				return kind != KIND_EDEFAULT;
			case PerennePackage.ROOM__ALLOWED_FUNCTIONS:
				return allowedFunctions != null && !allowedFunctions.isEmpty();
			case PerennePackage.ROOM__EQUIPMENT:
				return equipment != null && !equipment.isEmpty();
			case PerennePackage.ROOM__OPENING_HOURS:
				return openingHours != null && !openingHours.isEmpty();
			case PerennePackage.ROOM__ACCESSIBLE:
				return accessible != ACCESSIBLE_EDEFAULT;
			case PerennePackage.ROOM__PUBLIC_ACCESS:
				return publicAccess != PUBLIC_ACCESS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (areaM2: ");
		result.append(areaM2);
		result.append(", capacity: ");
		result.append(capacity);
		result.append(", kind: ");
		result.append(kind);
		result.append(", allowedFunctions: ");
		result.append(allowedFunctions);
		result.append(", equipment: ");
		result.append(equipment);
		result.append(", accessible: ");
		result.append(accessible);
		result.append(", publicAccess: ");
		result.append(publicAccess);
		result.append(')');
		return result.toString();
	}

} //RoomImpl
